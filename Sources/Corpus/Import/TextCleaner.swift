/// Removes what text extraction leaves behind: emoji, bullet glyphs, odd spaces.
enum TextCleaner {
    /// One of `•◦▪▫●○■□►▶‣⁃∙·–—-*` (by value: searching that string's scalars on every line cost more
    /// than the rest of the test).
    static func isBulletGlyph(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2A, 0x2D, 0xB7, 0x2013, 0x2014, 0x2022, 0x2023, 0x2043, 0x2219, 0x25A0, 0x25A1, 0x25AA, 0x25AB, 0x25B6, 0x25BA,
             0x25CB, 0x25CF, 0x25E6:
            return true
        default:
            return false
        }
    }

    /// Emoji, pictographs, dingbats, variation selectors, joiners and bullets.
    static func isDecoration(_ s: Unicode.Scalar) -> Bool {
        if isBulletGlyph(s) { return true }
        switch s.value {
        case 0xFE00...0xFE0F, 0x200D, 0x20E3: return true  // variation selectors, joiner, keycap
        case 0x2600...0x27BF: return true  // misc symbols, dingbats
        case 0x2B00...0x2BFF: return true  // arrows, squares, stars
        case 0x1F000...0x1FAFF: return true  // emoji blocks
        // Outside the blocks above, every Emoji_Presentation scalar lies in U+231A–U+25FE (a test checks the
        // property on every scalar): others skip the property's table look-up.
        case 0x231A...0x25FE: return s.properties.isEmojiPresentation
        default: return false
        }
    }

    /// Non-breaking and other odd spaces become plain spaces; runs of spaces collapse; emoji go.
    static func clean(_ text: String) -> String {
        if let fast = asciiClean(text) { return fast }
        return utf8Clean(text)
    }

    /// `scalarClean` writing UTF-8 bytes instead of appending scalars to a `String.UnicodeScalarView`
    /// (which cost more than the rest), with no property look-up for ASCII scalars. The spaces at the ends
    /// are trimmed as bytes, which is trimming `Character`s unless a trimmed space is next to a non-ASCII
    /// scalar (it may be part of a `Character` with it): then the reference decides.
    static func utf8Clean(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                } else {
                    out.append(UInt8(v))
                    lastWasSpace = false
                }
                continue
            }
            if LineScan.isWhitespace(s) {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
                continue
            }
            if v >= 0x1F000 || (0xFE00...0xFE0F).contains(v) || v == 0x200D { continue }
            UTF8.encode(s) { out.append($0) }
            lastWasSpace = false
        }
        var end = out.count, start = 0
        while end > 0, out[end - 1] == 0x20 { end -= 1 }
        while start < end, out[start] == 0x20 { start += 1 }
        if end < out.count, end > 0, out[end - 1] >= 0x80 { return scalarClean(text) }
        if start > 0, start < out.count, out[start] >= 0x80 { return scalarClean(text) }
        return String(decoding: out[start..<end], as: UTF8.self)
    }

    /// `clean` over the bytes of ASCII text (where only U+0009–U+000D and the space are whitespace and
    /// nothing is dropped); nil for other text. Scalar properties cost a table look-up per character,
    /// a tenth of a fuzz profile.
    static func asciiClean(_ text: String) -> String? {
        let bytes = text.utf8
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lastWasSpace = false
        for b in bytes {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
                continue
            }
            out.append(b)
            lastWasSpace = false
        }
        var end = out.count, start = 0
        while end > 0, out[end - 1] == 0x20 { end -= 1 }
        while start < end, out[start] == 0x20 { start += 1 }
        return String(decoding: out[start..<end], as: UTF8.self)
    }

    /// `asciiClean` of ASCII bytes; `whole`, when given, is those bytes as a String, returned as it is when
    /// cleaning changes nothing (most lines), so that no String is built.
    static func asciiClean(bytes: UnsafeBufferPointer<UInt8>, whole: String?) -> String {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var start = 0, end = bytes.count
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        while start < end, isSpace(bytes[start]) { start += 1 }
        // Unchanged unless a whitespace byte other than a single space is left inside.
        var unchanged = true
        var k = start
        while k < end {
            let b = bytes[k]
            if b != 0x20, isSpace(b) { unchanged = false; break }
            if b == 0x20, bytes[k + 1] == 0x20 { unchanged = false; break }
            k += 1
        }
        if unchanged {
            if let whole, start == 0, end == bytes.count { return whole }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return [UInt8](unsafeUninitializedCapacity: end - start) { out, count in
            var n = 0
            var lastWasSpace = false
            for b in bytes[start..<end] {
                if isSpace(b) {
                    if !lastWasSpace { out[n] = 0x20; n += 1 }
                    lastWasSpace = true
                } else {
                    out[n] = b
                    n += 1
                    lastWasSpace = false
                }
            }
            count = n
        }.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// `clean` one Unicode scalar at a time: the reference, and the path for text that is not ASCII.
    static func scalarClean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = false
        for s in text.unicodeScalars {
            // ASCII whitespace is U+0009–U+000D and the space: no property look-up for those scalars.
            if s.value < 0x80 ? s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) : LineScan.isWhitespace(s) {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            if s.value >= 0x1F000 || (0xFE00...0xFE0F).contains(s.value) || s.value == 0x200D { continue }
            out.append(s)
            lastWasSpace = false
        }
        var result = String(out)
        while result.hasSuffix(" ") { result.removeLast() }
        while result.hasPrefix(" ") { result.removeFirst() }
        return result
    }
}
