#if canImport(Glibc)
import Glibc
#endif

/// Card text for the screen: paragraphs wrapped to the width, ``` fenced code indented (and dim on a TTY).
struct CardText {
    var width: Int
    var color: Bool

    static let dim = "\u{1B}[2m", bold = "\u{1B}[1m", reset = "\u{1B}[0m", cyan = "\u{1B}[36m", yellow = "\u{1B}[33m"

    func style(_ text: String, _ code: String) -> String { color ? code + text + CardText.reset : text }

    /// The text with `indent` before each line; code blocks keep their lines as they are.
    func render(_ text: String, indent: String = "  ") -> String {
        var out: [String] = []
        var inCode = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.trimmedSpaces.hasPrefix("```") {
                inCode.toggle()
                continue
            }
            if inCode {
                out.append(indent + "    " + style(line, CardText.dim))
            } else if line.isEmpty {
                out.append("")
            } else {
                out += wrap(line, width: max(20, width - indent.count)).map { indent + $0 }
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    /// Greedy word wrap; a leading list marker's indentation is kept on continuation lines.
    func wrap(_ line: String, width: Int) -> [String] {
        let leading = String(line.prefix(while: { $0 == " " }))
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if current.isEmpty {
                current = leading + word
            } else if current.count + 1 + word.count > width {
                lines.append(current)
                current = leading + word
            } else {
                current += " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
