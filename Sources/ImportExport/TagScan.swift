/// Hand-written forms of the tag and entity regexes (`Patterns.tag`, `Patterns.htmlMarkup`) for ASCII
/// text, scanned over its UTF-8 bytes in one pass (`hasMarkup` also over any text, one byte per `Character`).
///
/// The regexes ran on every line of an article and every field of an Anki file; their matcher's set-up
/// and per-character backtracking were a third of the time a 64 KB input took (a fuzz profile). In ASCII
/// text without a carriage return every byte is one `Character`, so a byte scan means what the regex
/// means, except for `\b` (Unicode word boundaries): after a tag name (letters) a boundary is certain
/// unless a letter, digit or `_` follows (then there is none) or one of `'`, `.`, `:` (where UAX #29
/// looks further). In that last case, and for any other text, the callers use the regex: `nil` here.
/// Tests compare both on generated strings.
enum TagScan {
    /// `Patterns.tag`'s names, in its alternation.
    static let inlineNames: [[UInt8]] = ["b", "i", "em", "strong", "span", "a", "u", "br", "sup", "sub"].map { Array($0.utf8) }
    /// `Patterns.htmlMarkup`'s names (matched ignoring case).
    static let markupNames: [[UInt8]] = ["br", "div", "p", "b", "i", "u", "ul", "ol", "li", "pre", "code", "span", "img", "a",
                                         "strong", "em", "sub", "sup", "hr", "font", "table"].map { Array($0.utf8) }
    /// `htmlEntity`'s fixed names, with their `;`.
    static let entityNames: [[UInt8]] = ["amp;", "lt;", "gt;", "quot;", "nbsp;"].map { Array($0.utf8) }

    /// True when the bytes are ASCII without a carriage return (a `\r\n` is one `Character`).
    static func isPlainASCII(_ b: [UInt8]) -> Bool {
        !b.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    static func isWordByte(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x5F
    }

    static func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }

    /// What `characterBytes` gives a `Character` that is not one ASCII scalar.
    static let opaque: UInt8 = 0x80

    /// The text as one byte per `Character`: the byte itself for a `Character` that is one ASCII scalar,
    /// `opaque` for any other ("é", "\r\n", a "<" with a combining mark). The regexes compare `Character`s,
    /// so a scan over these bytes means what they mean wherever it meets only ASCII bytes; where an
    /// `opaque` byte could change the answer (in a name, after a name, in an entity) the scan is unsure.
    /// Why: a 64 KB Anki field with two non-ASCII bytes went to the regex, 17 ms (a fuzz finding).
    static func characterBytes(_ text: String) -> [UInt8] {
        let b = Array(text.utf8)
        if isPlainASCII(b) { return b }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        for ch in text { out.append(ch.utf8.count == 1 ? ch.utf8.first! : opaque) }
        return out
    }

    /// `\b` after a name that ends at `k` (a letter before it): true, false, or nil when unsure.
    static func boundary(_ b: [UInt8], _ k: Int) -> Bool? {
        guard k < b.count else { return true }
        let c = b[k]
        if isWordByte(c) { return false }
        if c == UInt8(ascii: "'") || c == UInt8(ascii: ".") || c == UInt8(ascii: ":") || c == opaque { return nil }
        return true
    }

    /// `<\/?(names)\b` at `i`: true, false, or nil when the boundary is unsure.
    static func tagStart(_ b: [UInt8], _ i: Int, names: [[UInt8]], caseless: Bool) -> Bool? {
        guard b[i] == UInt8(ascii: "<") else { return false }
        var j = i + 1
        if j < b.count, b[j] == UInt8(ascii: "/") { j += 1 }
        for name in names where j + name.count <= b.count {
            var same = true
            for (k, ch) in name.enumerated() {
                let x = b[j + k]
                if x == opaque { return nil }  // a letter that may fold to the name's (ſ, K)
                if x != ch && !(caseless && isLetter(x) && x | 0x20 == ch) { same = false; break }
            }
            guard same else { continue }
            guard let edge = boundary(b, j + name.count) else { return nil }
            if edge { return true }
        }
        return false
    }

    /// `s.replacing(Patterns.tag, with: "")`, or nil when the scan cannot be sure.
    static func removingTags(_ s: String) -> String? {
        let b = Array(s.utf8)
        guard isPlainASCII(b) else { return nil }
        guard let last = b.lastIndex(of: UInt8(ascii: ">")) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if i < last, b[i] == UInt8(ascii: "<") {
                guard let start = tagStart(b, i, names: inlineNames, caseless: false) else { return nil }
                if start, let close = b[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) {
                    i = close + 1
                    continue
                }
            }
            out.append(b[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text.firstMatch(of: Patterns.htmlMarkup) != nil`, or nil when the scan cannot be sure.
    static func hasMarkup(_ text: String) -> Bool? {
        let b = characterBytes(text)
        let lastClose = b.lastIndex(of: UInt8(ascii: ">")) ?? -1
        var unsure = false
        for i in b.indices {
            if b[i] == UInt8(ascii: "<"), i < lastClose {
                switch tagStart(b, i, names: markupNames, caseless: true) {
                case true?: return true
                case nil: unsure = true
                default: break
                }
            } else if b[i] == UInt8(ascii: "&") {
                switch isEntity(b, i + 1) {
                case true?: return true
                case nil: unsure = true
                default: break
                }
            }
        }
        return unsure ? nil : false
    }

    /// `(amp|lt|gt|quot|nbsp|#\d+|#x[0-9a-f]+);` at `j`, ignoring case: true, false, or nil when an
    /// `opaque` byte could be a digit (`\d` is any decimal digit) or a letter that folds to a name's.
    static func isEntity(_ b: [UInt8], _ j: Int) -> Bool? {
        guard j < b.count else { return false }
        if b[j] == UInt8(ascii: "#") {
            var k = j + 1
            while k < b.count, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
            if k < b.count, b[k] == opaque { return nil }
            if k > j + 1, k < b.count, b[k] == UInt8(ascii: ";") { return true }
            guard j + 1 < b.count, b[j + 1] | 0x20 == UInt8(ascii: "x") else { return false }
            k = j + 2
            while k < b.count, (b[k] >= 0x30 && b[k] <= 0x39) || (b[k] | 0x20 >= 0x61 && b[k] | 0x20 <= 0x66) { k += 1 }
            return k > j + 2 && k < b.count && b[k] == UInt8(ascii: ";")
        }
        var unsure = false
        for name in entityNames where j + name.count <= b.count {
            var same = true
            for (k, ch) in name.enumerated() {
                let x = b[j + k]
                if x == opaque { unsure = true; same = false; break }
                if x != ch && !(isLetter(x) && x | 0x20 == ch) { same = false; break }
            }
            if same { return true }
        }
        return unsure ? nil : false
    }
}
