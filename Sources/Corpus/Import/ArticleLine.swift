/// One line of an article, with its indentation and its text stripped of decoration.
struct ArticleLine: Equatable {
    /// The line as written (trailing whitespace removed).
    var raw: String
    /// Columns of leading whitespace, no-break spaces included.
    var indent: Int
    /// The text with leading whitespace, emoji and bullet glyphs removed.
    var text: String
    /// True when the line started with a bullet glyph (•, ▪, -, *).
    var isBullet: Bool

    /// True when the line had no characters at all (whitespace-only lines are blank but not empty).
    var isTrulyEmpty: Bool

    init(_ raw: String) {
        isTrulyEmpty = raw.isEmpty || raw == "\r"
        // The end found first and cut once: removing one scalar at a time rebuilt the string each time
        // (a 64 KB line of tabs took 70 ms).
        let all = raw.unicodeScalars
        var end = all.endIndex
        while end > all.startIndex, all[all.index(before: end)].properties.isWhitespace { end = all.index(before: end) }
        let line = end == all.endIndex ? raw : String(all[..<end])
        self.raw = line
        var scalars = Substring(line).unicodeScalars[...]
        var indent = 0
        // Only real spaces and tabs count as indentation: a leading no-break space is an extraction artefact.
        while let first = scalars.first, first.properties.isWhitespace || first == "\u{FEFF}" {
            if first == " " || first == "\t" { indent += 1 }
            scalars.removeFirst()
        }
        self.indent = indent
        var bullet = false
        var decorated = false
        // Strip leading decoration: emoji, variation selectors, bullets, and the spaces after them.
        while let first = scalars.first {
            if TextCleaner.isDecoration(first) {
                if TextCleaner.isBulletGlyph(first) { bullet = true }
                decorated = true
                scalars.removeFirst()
            } else if decorated, first.properties.isWhitespace {
                scalars.removeFirst()
            } else {
                break
            }
        }
        self.text = TextCleaner.clean(String(String.UnicodeScalarView(scalars)))
        self.isBullet = bullet
    }

    var isBlank: Bool { text.isEmpty }
    /// Whitespace-only lines that are not empty: code listings use them for their blank lines.
}
