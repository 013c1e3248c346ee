import DLQuizCLI
import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

exit(DLQuiz.main(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
