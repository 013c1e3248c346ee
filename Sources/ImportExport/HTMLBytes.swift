/// `HTMLText.toText` and `tidy` on UTF-8 bytes: the fast path for Anki fields at 50,000 rows.
///
/// Tags and entities are ASCII, and in UTF-8 an ASCII byte never occurs inside another character, so
/// runs of other bytes are copied as they are. The String code compares Characters, which differs from
/// bytes only around "\r\n" (one Character) and "Prepend" scalars (which join the next character); text
/// with a carriage return or a possible Prepend scalar returns nil here and takes the scalar path, so
/// the result is always the same as `HTMLText.scalarToText` / `scalarTidy`.
enum HTMLBytes {
    static func toText(_ html: String) -> String? {
        let bytes = Array(html.utf8)
        guard !bytes.contains(0x0D), !mayJoinForward(bytes) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inPre = 0
        var skipping: String? = nil
        let n = bytes.count
        func newline() { if !out.isEmpty, out.last != 0x0A { out.append(0x0A) } }
        func append(_ s: String) { out.append(contentsOf: s.utf8) }
        // The next ">" and the scalars before each position, kept as `i` moves forward: searching up to 2000
        // scalars from every "<" that has no ">" near it made a 64 KB field of "<b " take 25 ms.
        var scalarsBefore = [Int](repeating: 0, count: n + 1)
        for k in 0..<n { scalarsBefore[k + 1] = scalarsBefore[k] + (bytes[k] & 0xC0 != 0x80 ? 1 : 0) }
        var nextClose = 0
        /// `find(">", in: bytes, from: from, scalars: 2000)`.
        func close(from: Int) -> Int? {
            if nextClose < from { nextClose = from }
            while nextClose < n, bytes[nextClose] != UInt8(ascii: ">") { nextClose += 1 }
            guard nextClose < n, scalarsBefore[nextClose] - scalarsBefore[from] < 2000 else { return nil }
            return nextClose
        }
        var i = 0
        while i < n {
            let c = bytes[i]
            if c == UInt8(ascii: "<"), i + 1 < n, startsTag(bytes, i + 1), let close = close(from: i + 1) {
                let inner = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                i = close + 1
                let closing = inner.hasPrefix("/")
                let name = (closing ? inner.dropFirst() : Substring(inner)).prefix { $0.isLetter || $0.isNumber }.lowercased()
                if let s = skipping {
                    if closing, name == s { skipping = nil }
                    continue
                }
                if name.isEmpty { continue }
                switch name {
                case "script", "style": if !closing { skipping = name }
                case "br": out.append(0x0A)
                case "pre":
                    if closing {
                        inPre = max(0, inPre - 1)
                        newline()
                        append("```\n")
                    } else {
                        inPre += 1
                        newline()
                        var lang = ""
                        if let m = inner.firstMatch(of: Patterns.languageClass) { lang = String(m.1) }
                        append("```" + lang + "\n")
                    }
                case "code":
                    if inPre == 0 { out.append(UInt8(ascii: "`")) }
                    else if !closing, endsWithFence(out), let m = inner.firstMatch(of: Patterns.languageClass) {
                        out.removeLast(); append(String(m.1) + "\n")
                    }
                case "li": if !closing { newline(); append("- ") } else { newline() }
                default:
                    if HTMLText.blockTags.contains(name) { newline() }
                }
                continue
            }
            if skipping != nil { i += 1; continue }
            if c == UInt8(ascii: "&"), let semi = find(UInt8(ascii: ";"), in: bytes, from: i + 1, scalars: 12),
                let decoded = HTMLText.entity(String(decoding: bytes[(i + 1)..<semi], as: UTF8.self))
            {
                if decoded.value == 0x0D || decoded.value >= 0x80 && joinsForward(decoded) { return nil }
                out.append(contentsOf: String(Character(decoded)).utf8)
                i = semi + 1
                continue
            }
            // Everything up to the next "<" or "&" at once.
            var j = i + 1
            while j < n, bytes[j] != UInt8(ascii: "<"), bytes[j] != UInt8(ascii: "&") { j += 1 }
            if skipping == nil { out.append(contentsOf: bytes[i..<j]) }
            i = j
        }
        return tidy(out) ?? HTMLText.scalarTidy(String(decoding: out, as: UTF8.self))
    }

    /// `HTMLText.scalarTidy` on bytes; nil when the text needs the Character rules.
    static func tidy(_ text: [UInt8]) -> String? {
        guard !text.contains(0x0D), !mayJoinForward(text) else { return nil }
        var lines: [ArraySlice<UInt8>] = []
        var inFence = false
        var start = 0
        for end in 0...text.count where end == text.count || text[end] == 0x0A {
            var line = text[start..<end]
            start = end + 1
            while line.last == 0x20 { line.removeLast() }
            if isFence(line) { inFence.toggle() }
            if !inFence, line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        for (k, line) in lines.enumerated() {
            if k > 0 { out.append(0x0A) }
            out.append(contentsOf: line)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line that starts with "```" as Characters: the third backtick must not carry a combining mark.
    static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 3, line.prefix(3).allSatisfy({ $0 == UInt8(ascii: "`") }) else { return false }
        if line.count == 3 || line[line.startIndex + 3] < 0x80 { return true }
        return String(decoding: line, as: UTF8.self).hasPrefix("```")
    }

    /// `out` ends with the Characters "```\n" (nothing before them that could join the first backtick).
    static func endsWithFence(_ out: [UInt8]) -> Bool {
        guard out.count >= 4, out.suffix(4).elementsEqual("```\n".utf8) else { return false }
        return out.count == 4 || out[out.count - 5] < 0x80 || String(decoding: out, as: UTF8.self).hasSuffix("```\n")
    }

    /// The scalar at `i` starts a tag: a letter, "/", "!" or "?".
    static func startsTag(_ bytes: [UInt8], _ i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return b &- 0x41 < 26 || b &- 0x61 < 26 || b == UInt8(ascii: "/") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") }
        var end = i + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first?.properties.isAlphabetic ?? false
    }

    /// The index of `byte` among the next `scalars` Unicode scalars from `from`, as `prefix(n).firstIndex(of:)`.
    static func find(_ byte: UInt8, in bytes: [UInt8], from: Int, scalars: Int) -> Int? {
        var seen = 0
        var i = from
        while i < bytes.count {
            let b = bytes[i]
            if b & 0xC0 != 0x80 {
                if seen == scalars { return nil }
                seen += 1
                if b == byte { return i }
            }
            i += 1
        }
        return nil
    }

    /// True when the bytes may hold a scalar of the Unicode "Prepend" class (U+0600–U+0605, U+06DD,
    /// U+070F, U+0890–U+0891, U+08E2, U+0D4E, some in U+11000–U+11FFF), tested by their lead bytes.
    static func mayJoinForward(_ bytes: [UInt8]) -> Bool {
        for (i, b) in bytes.enumerated() where b >= 0xD8 {
            switch b {
            case 0xD8, 0xDB, 0xDC: return true
            case 0xE0: if i + 1 < bytes.count, bytes[i + 1] == 0xA2 || bytes[i + 1] == 0xB5 { return true }
            case 0xF0: if i + 1 < bytes.count, bytes[i + 1] == 0x91 { return true }
            default: break
            }
        }
        return false
    }

    static func joinsForward(_ s: Unicode.Scalar) -> Bool { mayJoinForward(Array(String(Character(s)).utf8)) }
}
