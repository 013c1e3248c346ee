/// How the text output may look: its width, and whether it may use Unicode (braille plots,
/// box drawing) and ANSI colour. The command decides: Unicode and colour only on a terminal
/// without NO_COLOR; plain ASCII otherwise, so pipes and logs stay clean.
public struct TextStyle: Sendable {
    public let width: Int
    public let unicode: Bool

    public init(width: Int, unicode: Bool) {
        self.width = Swift.max(40, width)
        self.unicode = unicode
    }

    public static let plain = TextStyle(width: 80, unicode: false)

    /// `text` in an ANSI colour (30–37) when allowed.
    func color(_ text: String, _ code: Int) -> String {
        unicode ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    func bold(_ text: String) -> String {
        unicode ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    /// A heading line, e.g. "1. Initial parameters".
    func heading(_ text: String) -> String {
        "\n" + bold(text) + "\n" + String(repeating: unicode ? "─" : "-", count: Swift.min(text.count, width))
    }

    /// `text` as a paragraph: words wrapped to the width (at most 100 columns, for reading),
    /// every line starting with `indent`.
    func wrap(_ text: String, indent: String = "  ") -> String {
        let limit = Swift.min(width, 100) - indent.count
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty && current.count + 1 + word.count > limit {
                lines.append(indent + current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        if !current.isEmpty { lines.append(indent + current) }
        return lines.joined(separator: "\n")
    }

    var check: String { unicode ? color("✓", 32) : "ok" }
    var cross: String { unicode ? color("✗", 31) : "WRONG" }
    var times: String { unicode ? "·" : "*" }
}
