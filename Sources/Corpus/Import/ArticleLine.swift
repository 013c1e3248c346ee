/// One line of an article, with its indentation and its text stripped of decoration.
struct ArticleLine: Equatable {
    /// The line as written (trailing whitespace removed).
    var raw: String
    /// Columns of leading whitespace, no-break spaces included.
    var indent: Int { Int(storedIndent) }
    /// The text with leading whitespace, emoji and bullet glyphs removed.
    var text: String
    /// (32 bits, after the strings: 40 bytes a line instead of 48, on files of tens of thousands of lines.)
    private var storedIndent: Int32
    /// True when the line started with a bullet glyph (•, ▪, -, *).
    var isBullet: Bool

    /// True when the line had no characters at all (whitespace-only lines are blank but not empty).
    var isTrulyEmpty: Bool

    init(_ raw: String) {
        if raw.isEmpty { self.init(raw: "", indent: 0, text: "", isBullet: false, isTrulyEmpty: true); return }  // the commonest line
        if let line = ArticleLine(ascii: raw) { self = line; return }
        self.init(unicode: raw)
    }

    /// `init(scalars:)` with the text cut out of the line as a slice (building it one scalar at a time
    /// cost as much as the rest of the line's reading) and no property look-up for ASCII scalars.
    init(unicode raw: String) {
        func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) : LineScan.isWhitespace(s)
        }
        isTrulyEmpty = raw.isEmpty || raw == "\r"
        let all = raw.unicodeScalars
        var end = all.endIndex
        while end > all.startIndex, isWhitespace(all[all.index(before: end)]) { end = all.index(before: end) }
        let line = end == all.endIndex ? raw : String(all[..<end])
        self.raw = line
        let scalars = line.unicodeScalars
        var i = scalars.startIndex
        var indent = 0
        while i < scalars.endIndex, isWhitespace(scalars[i]) || scalars[i] == "\u{FEFF}" {
            if scalars[i] == " " || scalars[i] == "\t" { indent += 1 }
            i = scalars.index(after: i)
        }
        self.storedIndent = Int32(clamping: indent)
        var bullet = false
        var decorated = false
        while i < scalars.endIndex {
            let first = scalars[i]
            // Of the ASCII scalars only the bullets `-` and `*` are decoration.
            if first.value < 0x80 ? first == "-" || first == "*" : TextCleaner.isDecoration(first) {
                if first.value < 0x80 || TextCleaner.isBulletGlyph(first) { bullet = true }
                decorated = true
            } else if !(decorated && isWhitespace(first)) {
                break
            }
            i = scalars.index(after: i)
        }
        self.text = TextCleaner.clean(String(Substring(scalars[i...])))
        self.isBullet = bullet
    }

    /// `init(scalars:)` over the bytes of a line whose scalars that are not ASCII are inert (`inertScalars`:
    /// then the whitespace is U+0009–U+000D and the space, and the only decorations are the bullets `-` and
    /// `*`, or the line's text starts with a decoration and the scalar path reads it); nil for other lines. Scalar
    /// properties cost a table look-up per character on every line of an article. The bytes are read in
    /// place and the text is cleaned from them (`TextCleaner.asciiClean(bytes:)`): copying them and
    /// building the uncleaned text cost two allocations per line, a tenth of a file of short lines.
    init?(ascii raw: String) {
        guard let line = raw.utf8.withContiguousStorageIfAvailable({ ArticleLine.ascii(raw, $0) })
            ?? Array(raw.utf8).withUnsafeBufferPointer({ ArticleLine.ascii(raw, $0) })
        else { return nil }
        self = line
    }

    private static func ascii(_ raw: String, _ b: UnsafeBufferPointer<UInt8>) -> ArticleLine? {
        guard inertScalars(b) else { return nil }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        let isTrulyEmpty = b.isEmpty || (b.count == 1 && b[0] == 0x0D)
        var end = b.count
        while end > 0, isSpace(b[end - 1]) { end -= 1 }
        let trimmed = end == b.count ? raw : String(decoding: UnsafeBufferPointer(rebasing: b[..<end]), as: UTF8.self)
        var i = 0, indent = 0
        while i < end, isSpace(b[i]) {
            if b[i] == 0x20 || b[i] == 0x09 { indent += 1 }
            i += 1
        }
        var bullet = false, decorated = false
        while i < end {
            // A scalar that is not ASCII here may be decoration (a bullet glyph, an emoji): the scalar path decides.
            if b[i] >= 0x80 {
                let length = b[i] >= 0xF0 ? 4 : b[i] >= 0xE0 ? 3 : 2
                guard let s = FoldedHead.scalar(b, i, length), !TextCleaner.isDecoration(s) else { return nil }
                break
            }
            if b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "*") {
                bullet = true
                decorated = true
            } else if !(decorated && isSpace(b[i])) {
                break
            }
            i += 1
        }
        // The whole trimmed line when nothing was stripped from its start (the String is shared, not built).
        let text = TextCleaner.asciiClean(bytes: UnsafeBufferPointer(rebasing: b[i..<end]), whole: i == 0 ? trimmed : nil)
        return ArticleLine(raw: trimmed, indent: indent, text: text, isBullet: bullet, isTrulyEmpty: isTrulyEmpty)
    }

    /// The scalars of the line that are not ASCII are ones the scalar path keeps as they are wherever they
    /// stand, but as decoration where the line's text starts (tested there): no whitespace (trimmed, collapsed),
    /// no U+FEFF (skipped with the indent), none that `TextCleaner.clean` drops (emoji planes, variation
    /// selectors, the joiner). Lines of accented words, CJK or U+FFFD took the scalar path whole.
    static func inertScalars(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var k = 0
        while k < n {
            let c = b[k]
            if c < 0x80 { k += 1; continue }
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            guard k + length <= n, let s = FoldedHead.scalar(b, k, length) else { return false }
            let v = s.value
            if LineScan.isWhitespace(s) || v == 0xFEFF || v >= 0x1F000 || (0xFE00...0xFE0F).contains(v) || v == 0x200D { return false }
            k += length
        }
        return true
    }

    /// The memberwise initialiser, for the byte path.
    private init(raw: String, indent: Int, text: String, isBullet: Bool, isTrulyEmpty: Bool) {
        self.raw = raw
        self.storedIndent = Int32(clamping: indent)
        self.text = text
        self.isBullet = isBullet
        self.isTrulyEmpty = isTrulyEmpty
    }

    /// The line read one Unicode scalar at a time: the reference, and the path for lines not ASCII.
    init(scalars raw: String) {
        isTrulyEmpty = raw.isEmpty || raw == "\r"
        // The end found first and cut once: removing one scalar at a time rebuilt the string each time
        // (a 64 KB line of tabs took 70 ms).
        let all = raw.unicodeScalars
        var end = all.endIndex
        while end > all.startIndex, LineScan.isWhitespace(all[all.index(before: end)]) { end = all.index(before: end) }
        let line = end == all.endIndex ? raw : String(all[..<end])
        self.raw = line
        var scalars = Substring(line).unicodeScalars[...]
        var indent = 0
        // Only real spaces and tabs count as indentation: a leading no-break space is an extraction artefact.
        while let first = scalars.first, LineScan.isWhitespace(first) || first == "\u{FEFF}" {
            if first == " " || first == "\t" { indent += 1 }
            scalars.removeFirst()
        }
        self.storedIndent = Int32(clamping: indent)
        var bullet = false
        var decorated = false
        // Strip leading decoration: emoji, variation selectors, bullets, and the spaces after them.
        while let first = scalars.first {
            if TextCleaner.isDecoration(first) {
                if TextCleaner.isBulletGlyph(first) { bullet = true }
                decorated = true
                scalars.removeFirst()
            } else if decorated, LineScan.isWhitespace(first) {
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
