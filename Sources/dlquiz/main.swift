import DLQuizCLI
import Foundation

exit(DLQuiz.main(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
