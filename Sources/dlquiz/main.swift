import DLQuizCLI
import Platform

#if canImport(Glibc)
import Glibc
#endif

exit(DLQuiz.main(Array(CommandLine.arguments.dropFirst()), environment: ProcessEnvironment.current()))
