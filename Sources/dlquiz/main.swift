import DLQuizCLI
import FoundationEssentials

exit(DLQuiz.main(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
