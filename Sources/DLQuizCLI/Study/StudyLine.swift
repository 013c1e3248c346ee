/// One line typed in study, read by the one rule the terminal and the pipe share.
///
/// With `--typed`, a line that is exactly `q`, `s`, `u`, `suspend` or `bury` (spaces around it
/// ignored) is a command: quit, skip, undo, suspend the card, bury it until the next study day. A
/// backslash before one of them (`\q`, `\bury`) makes it the answer "q" or "bury". Every other
/// line is the answer as written; an empty one is no answer.
enum StudyLine: Equatable {
    case quit, skip, undo, suspend, bury
    case answer(String)
    case empty

    static func typed(_ line: String) -> StudyLine {
        let word = line.trimmedSpaces
        switch word {
        case "": return .empty
        case "q": return .quit
        case "s": return .skip
        case "u": return .undo
        case "suspend": return .suspend
        case "bury": return .bury
        case "\\q", "\\s", "\\u", "\\suspend", "\\bury": return .answer(String(word.dropFirst()))
        default: return .answer(line)
        }
    }

    /// Without `--typed` (pipe): the commands also by name, any case; anything else is read as a rating.
    static func graded(_ line: String) -> StudyLine {
        switch line.trimmedSpaces.lowercased() {
        case "q", "quit": return .quit
        case "s", "skip": return .skip
        case "u", "undo": return .undo
        case "!", "suspend": return .suspend
        case "b", "bury": return .bury
        case "": return .empty
        default: return .answer(line)
        }
    }
}
