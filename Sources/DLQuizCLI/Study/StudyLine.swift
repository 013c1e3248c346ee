/// One line typed in study, read by the one rule the terminal and the pipe share.
///
/// With `--typed`, a line that is exactly `q`, `s` or `u` (spaces around it ignored) is a command:
/// quit, skip, undo. A backslash before one of them (`\q`) makes it the answer "q". Every other
/// line is the answer as written; an empty one is no answer.
enum StudyLine: Equatable {
    case quit, skip, undo
    case answer(String)
    case empty

    static func typed(_ line: String) -> StudyLine {
        let word = line.trimmedSpaces
        switch word {
        case "": return .empty
        case "q": return .quit
        case "s": return .skip
        case "u": return .undo
        case "\\q", "\\s", "\\u": return .answer(String(word.dropFirst()))
        default: return .answer(line)
        }
    }

    /// Without `--typed` (pipe): the commands also by name, any case; anything else is read as a rating.
    static func graded(_ line: String) -> StudyLine {
        switch line.trimmedSpaces.lowercased() {
        case "q", "quit": return .quit
        case "s", "skip": return .skip
        case "u", "undo": return .undo
        case "": return .empty
        default: return .answer(line)
        }
    }
}
