/// Recognises program code by the shape of its lines.
enum CodeShape {
    nonisolated(unsafe) static let pattern =
        /^(import |from \S+ import|def |class \w+|return\b|for .+:$|if .+:$|while .+:$|#|@\w|[\w.\[\]]+(, *\w+)* *(=|\+=|-=|\*=) *\S|[\w.]+\(.*\)$|\]\)?$|\)$|super\(|print\()/

    /// What a line's bytes must start with for a branch of the pattern that neither needs an `=` nor
    /// ends with `)` to match.
    static let openings: [[UInt8]] = ["import ", "from ", "def ", "class ", "return", "for ", "if ", "while ", "#", "@", "]",
                                      "super(", "print("].map { Array($0.utf8) }

    /// The pattern above (compiled once), tried only on lines that could match it: those whose bytes start
    /// as one of its branches does (`openings`), hold an `=`, or end with `)`. Prose lines start with a capital.
    /// (A test of the first byte alone let every line starting with a keyword's letter through, and the
    /// regex's set-up per line was a tenth of a 64 KB fuzz input's time.)
    static func looksLikeCode(_ text: String) -> Bool {
        let bytes = text.utf8
        guard !bytes.isEmpty else { return false }
        let mayMatch = bytes.contains(UInt8(ascii: "=")) || text.unicodeScalars.last == ")"
            || openings.contains { bytes.starts(with: $0) }
        return mayMatch && text.firstMatch(of: pattern) != nil
    }

    /// A run is code when most of its non-blank lines look like code and none is a bullet.
    static func isCode(_ run: [ArticleLine]) -> Bool {
        let lines = run.filter { !$0.isBlank }
        guard !lines.isEmpty, !lines.contains(where: \.isBullet) else { return false }
        let codeLines = lines.filter { looksLikeCode($0.text) }.count
        if lines.count == 1 { return lines[0].text.hasPrefix("import ") || lines[0].text.hasPrefix("def ") }
        return codeLines * 10 >= lines.count * 6
    }
}
