import Corpus
#if canImport(Glibc)
import Glibc
#endif

/// Card text for the screen: paragraphs wrapped to the width at spaces, list items with a hanging
/// indent, ``` fenced code indented (dim on a TTY) and cut with "…" rather than wrapped.
struct CardText {
    var width: Int
    var color: Bool

    static let dim = "\u{1B}[2m", bold = "\u{1B}[1m", reset = "\u{1B}[0m", cyan = "\u{1B}[36m", yellow = "\u{1B}[33m"

    /// Where the card's other answers are, instead of printing them all in a study session: the
    /// articles' answers (some wrong, see the note) and answers merged from imports are one
    /// `dlquiz show` away. Nil when the card has none.
    static func otherAnswersLine(_ card: Card) -> String? {
        let count = max(card.sourceAnswers.count, card.alternates.count)
        guard count > 0 else { return nil }
        return "\(count) source answer\(count == 1 ? "" : "s"): dlquiz show \(card.id)"
    }

    func style(_ text: String, _ code: String) -> String { color ? code + text + CardText.reset : text }

    /// The text with `indent` before each line; code lines keep their spacing, cut to the width.
    func render(_ text: String, indent: String = "  ") -> String {
        var out: [String] = []
        var inCode = false
        let room = max(20, width - indent.count)
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.trimmedSpaces.hasPrefix("```") {
                inCode.toggle()
                continue
            }
            if inCode {
                out.append(indent + "    " + style(CardText.cut(line, to: room - 4), CardText.dim))
            } else if line.isEmpty {
                out.append("")
            } else {
                out += wrap(line, width: room).map { indent + $0 }
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n")
    }

    /// A code line that fits `width` columns, its end replaced by "…" when it does not.
    static func cut(_ line: String, to width: Int) -> String {
        line.count <= width ? line : String(line.prefix(max(0, width - 1))) + "…"
    }

    /// "- ", "* ", "• ", "✓ ", "✗ ", "! ", "1. ", "12) ": a list marker at the start of `text`, or "".
    static func marker(_ text: Substring) -> String {
        guard let space = text.firstIndex(of: " ") else { return "" }
        let token = text[..<space]
        if ["-", "*", "•", "✓", "✗", "!", "–"].contains(token) { return String(token) + " " }
        if let last = token.last, last == "." || last == ")", token.count >= 2, token.dropLast().allSatisfy(\.isNumber) {
            return String(token) + " "
        }
        return ""
    }

    /// Greedy word wrap at spaces. A continuation line sits under the text, not under the list
    /// marker (a hanging indent); a word longer than the line is cut with "…".
    func wrap(_ line: String, width: Int) -> [String] {
        let leading = String(line.prefix(while: { $0 == " " }))
        let hanging = leading + String(repeating: " ", count: CardText.marker(line.dropFirst(leading.count)).count)
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            if current.isEmpty {
                current = CardText.cut(leading + word, to: width)
            } else if current.count + 1 + word.count > width {
                lines.append(current)
                current = CardText.cut(hanging + word, to: width)
            } else {
                current += " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
