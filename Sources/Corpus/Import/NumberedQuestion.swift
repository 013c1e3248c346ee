/// Question numbering: "12. What…", "Q12. What…", "12) What…", or a bare "12." marker line.
enum NumberedQuestion {
    /// `^(?:Q|q)?\s?(\d{1,3})[.):]\s*(.*)$`, scanned by hand (see `LineScan`).
    static func parse(_ text: String) -> (number: Int, rest: String)? {
        if LineScan.isPlainASCII(text) { return asciiParse(text) }
        // A number Int() reads is ASCII digits, each a Character of its own, and the mark after it is one
        // too: without an ASCII digit followed by `.`, `)` or `:` in its bytes, the text is no numbered line.
        guard hasDigitBeforeMark(text) else { return nil }
        return foldedParse(text)
    }

    /// `parse` over the line's head folded one byte per `Character` (`FoldedHead`): a whitespace `Character`
    /// to a space, a number that is not one ASCII digit to 0x81 (`Int` reads no such number, so a run of
    /// numbers holding one never parses), any other to 0x80. The rest after the mark is then read as
    /// `characterParse` reads it.
    static func foldedParse(_ text: String) -> (number: Int, rest: String)? {
        // "Q", one whitespace, three digits and the mark: the head needs no more `Character`s than these and one.
        let head = FoldedHead(text, limit: 7) { c in LineScan.isWhitespace(c) ? 0x20 : c.isNumber ? 0x81 : 0x80 }
        let b = head.bytes
        var i = 0
        if i < b.count, b[i] == UInt8(ascii: "Q") || b[i] == UInt8(ascii: "q") { i += 1 }
        if i < b.count, LineScan.isSpaceByte(b[i]) { i += 1 }
        var number = 0, digits = 0
        while i < b.count, b[i] &- 0x30 < 10 {
            number = number * 10 + Int(b[i] &- 0x30)
            digits += 1
            guard digits <= 3 else { return nil }
            i += 1
        }
        guard digits > 0, i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") || b[i] == UInt8(ascii: ":")
        else { return nil }
        let after = text.utf8.index(text.utf8.startIndex, offsetBy: head.offsets[i] + 1)
        let rest = LineScan.droppingWhitespace(text[after...])
        guard LineScan.isOneLine(rest) else { return nil }
        return (number, String(rest))
    }

    /// An ASCII digit followed by `.`, `)` or `:` occurs in the bytes.
    static func hasDigitBeforeMark(_ text: String) -> Bool {
        var previousIsDigit = false
        for b in text.utf8 {
            if previousIsDigit, b == UInt8(ascii: ".") || b == UInt8(ascii: ")") || b == UInt8(ascii: ":") { return true }
            previousIsDigit = b &- 0x30 < 10
        }
        return false
    }

    /// `parse` over the bytes of plain ASCII text (`LineScan.isPlainASCII`: each byte a `Character`, the
    /// digits 0–9 the only numbers, U+000A–U+000D the only newlines). `Character` tests cost grapheme
    /// breaking and a property look-up on every line of an article, a twentieth of a fuzz profile.
    static func asciiParse(_ text: String) -> (number: Int, rest: String)? {
        let b = text.utf8
        var i = b.startIndex
        if i < b.endIndex, b[i] == UInt8(ascii: "Q") || b[i] == UInt8(ascii: "q") { i = b.index(after: i) }
        if i < b.endIndex, LineScan.isSpaceByte(b[i]) { i = b.index(after: i) }
        var number = 0, digits = 0
        while i < b.endIndex, b[i] &- 0x30 < 10 {
            number = number * 10 + Int(b[i] &- 0x30)
            digits += 1
            guard digits <= 3 else { return nil }
            i = b.index(after: i)
        }
        guard digits > 0, i < b.endIndex, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ")") || b[i] == UInt8(ascii: ":")
        else { return nil }
        i = b.index(after: i)
        while i < b.endIndex, LineScan.isSpaceByte(b[i]) { i = b.index(after: i) }
        let rest = b[i...]
        guard !rest.contains(where: { $0 >= 0x0A && $0 <= 0x0D }) else { return nil }
        return (number, String(Substring(rest)))
    }

    /// `parse` `Character` by `Character`: the reference, and the path for other text.
    static func characterParse(_ text: String) -> (number: Int, rest: String)? {
        var s = Substring(text)
        if s.first == "Q" || s.first == "q" { s = s.dropFirst() }
        if let f = s.first, LineScan.isWhitespace(f) { s = s.dropFirst() }
        let digits = s.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let mark = s.dropFirst(digits.count).first, mark == "." || mark == ")" || mark == ":"
        else { return nil }
        let rest = LineScan.droppingWhitespace(s.dropFirst(digits.count + 1))
        guard LineScan.isOneLine(rest), let n = Int(digits) else { return nil }
        return (n, String(rest))
    }

    /// A line that is only a number marker.
    static func marker(_ text: String) -> Int? {
        guard let p = parse(text), p.rest.isEmpty else { return nil }
        return p.number
    }
}
