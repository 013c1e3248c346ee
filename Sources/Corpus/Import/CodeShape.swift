/// Recognises program code by the shape of its lines.
enum CodeShape {
    nonisolated(unsafe) static let pattern =
        /^(import |from \S+ import|def |class \w+|return\b|for .+:$|if .+:$|while .+:$|#|@\w|[\w.\[\]]+(, *\w+)* *(=|\+=|-=|\*=) *\S|[\w.]+\(.*\)$|\]\)?$|\)$|super\(|print\()/

    /// The pattern above (compiled once), tried only on lines that could match it: those that start with a
    /// keyword's letter, `#`, `@`, `]` or `)`, hold an `=`, or end with `)`. Prose lines start with a capital.
    static func looksLikeCode(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        let mayMatch = "ifdcrwsp#@])".unicodeScalars.contains(first) || text.utf8.contains(UInt8(ascii: "="))
            || text.unicodeScalars.last == ")"
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
