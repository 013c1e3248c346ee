import DLQuizCLI

#if canImport(Glibc)
import Glibc
#endif

// The words after the program name, straight from argv (CommandLine.arguments costs more at start-up);
// the environment is read as it is needed.
let words = (1..<max(1, Int(CommandLine.argc))).map { String(cString: CommandLine.unsafeArgv[$0]!) }
exit(DLQuiz.main(words, environment: nil))
