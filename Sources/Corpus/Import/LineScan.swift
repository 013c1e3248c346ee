/// Small hand-written matchers for article lines, in place of regular expressions.
///
/// A Swift regex literal is parsed again every time the expression is evaluated, and its backtracking
/// matcher is slow per character; article parsing ran several per line, which made a 24 KB input take
/// a second. These scanners work on `Character`s with the same meaning as the regexes they replace
/// (`\s` is `Character.isWhitespace`, `\d` is `Character.isNumber`, `.` is any non-newline character,
/// `(?i)` compares lowercased), so what is parsed does not change; the tests check them against the regexes.
public enum LineScan {
    /// `c` equals the ASCII lowercase letter `lower` ignoring case, as a regex's `(?i)` compares.
    @inlinable public static func caseless(_ c: Character, _ lower: Character) -> Bool {
        if c == lower { return true }
        if let a = c.asciiValue { return a | 0x20 == lower.asciiValue! && (a >= 0x41 && a <= 0x5A) }
        return c.lowercased() == String(lower)
    }

    /// `text` starts with the lowercase ASCII `prefix`, ignoring case; returns what follows.
    public static func caselessPrefix(_ text: Substring, _ prefix: String) -> Substring? {
        // Bytes first, while the text is ASCII: a byte that differs (ignoring case) from the prefix's decides
        // at once, and the prefix matches when its last byte is followed by an ASCII byte or nothing (so each
        // byte was a whole `Character`). Otherwise the `Character` comparison decides.
        let bytes = text.utf8
        var b = bytes.startIndex
        for p in prefix.utf8 {
            guard b < bytes.endIndex else { return nil }
            let t = bytes[b]
            if t >= 0x80 { return characterCaselessPrefix(text, prefix) }
            guard t == p || (t >= 0x41 && t <= 0x5A && t | 0x20 == p) else { return nil }
            b = bytes.index(after: b)
        }
        if b == bytes.endIndex || bytes[b] < 0x80 { return text[b...] }
        return characterCaselessPrefix(text, prefix)
    }

    /// `caselessPrefix` `Character` by `Character`: the reference, and the path for text that is not ASCII.
    static func characterCaselessPrefix(_ text: Substring, _ prefix: String) -> Substring? {
        var i = text.startIndex
        for p in prefix {
            guard i < text.endIndex, caseless(text[i], p) else { return nil }
            i = text.index(after: i)
        }
        return text[i...]
    }

    /// Every byte of `text` is ASCII and none is a carriage return: then each byte is one `Character` (only
    /// "\r\n" joins two ASCII bytes into one), and the byte paths of the scanners answer for the text.
    @inlinable public static func isPlainASCII(_ text: String) -> Bool {
        !text.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    /// The line's ASCII bytes are whole `Character`s, and none of its other scalars is whitespace: no
    /// carriage return (only "\r\n" joins two ASCII scalars), no scalar that may join an ASCII one
    /// (`FoldedHead.mayExtend` after it, `.mayPrepend` before it), no White_Space scalar. Then a test for
    /// ASCII `Character`s (a mark, a space, a digit, the ends of the trimmed line) over the bytes answers as
    /// the `Character` test does, whatever other text the line holds. Lines of other text (accented words,
    /// CJK, U+FFFD from bytes that were not UTF-8) mostly are so; a test checks every scalar's class.
    ///
    /// `loneCarriageReturns` allows a carriage return that no line feed follows: it is a `Character` of its
    /// own too, but a newline, so only for callers whose byte tests take it as one.
    public static func bytesAreCharacters(_ b: UnsafeBufferPointer<UInt8>, loneCarriageReturns: Bool = false) -> Bool {
        let n = b.count
        var k = 0
        while k < n {
            let c = b[k]
            if c < 0x80 {
                if c == 0x0D, !loneCarriageReturns || k + 1 < n && b[k + 1] == 0x0A { return false }
                k += 1
                continue
            }
            let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            guard k + length <= n, let s = FoldedHead.scalar(b, k, length),
                  !isWhitespace(s), !FoldedHead.mayExtend(s), !FoldedHead.mayPrepend(s) else { return false }
            k += length
        }
        return true
    }

    /// `bytesAreCharacters` of a string's UTF-8.
    public static func bytesAreCharacters(_ text: String, loneCarriageReturns: Bool = false) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytesAreCharacters($0, loneCarriageReturns: loneCarriageReturns) }
            ?? Array(text.utf8).withUnsafeBufferPointer { bytesAreCharacters($0, loneCarriageReturns: loneCarriageReturns) }
    }

    /// `Character.isWhitespace` (its first scalar has Unicode's White_Space property) from a list of the
    /// property's 25 scalars, not the property table: the table's look-up was a sixth of the time on lines
    /// of text that is not ASCII. A test checks the list against the property for every scalar.
    @inlinable public static func isWhitespace(_ c: Character) -> Bool {
        isWhitespace(c.unicodeScalars.first!)
    }

    /// The scalar has Unicode's White_Space property (see `isWhitespace(_: Character)`).
    @inlinable public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// An ASCII byte that is `Character.isWhitespace`: U+0009–U+000D and the space.
    @inlinable public static func isSpaceByte(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Drops leading whitespace (`\s*`).
    public static func droppingWhitespace(_ s: Substring) -> Substring {
        s.drop { isWhitespace($0) }
    }

    /// `(.*)$`: the rest holds no newline character. Over the scalars: `Character.isNewline` reads the
    /// first scalar, and a newline scalar (a control, U+2028, U+2029) always starts a `Character` (nothing
    /// joins a control to what precedes it), so a newline `Character` is a newline scalar. (Over the
    /// `Character`s, grapheme breaking was a third of a fuzz input of long lines of other text.)
    public static func isOneLine(_ s: Substring) -> Bool {
        !s.unicodeScalars.contains { isNewline($0) }
    }

    /// A scalar that starts a `Character.isNewline` character: U+000A–U+000D, U+0085, U+2028, U+2029.
    @inlinable public static func isNewline(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `isOneLine` `Character` by `Character`: the reference.
    static func characterIsOneLine(_ s: Substring) -> Bool {
        !s.contains { $0.isNewline }
    }
}

extension String.UTF8View {
    /// The bytes `a` then `b` occur next to each other: a cheap, necessary condition for a two-character
    /// pattern (`](`, `" ;"`), tested before `contains`/`replacing`, which set up a searcher on every call.
    public func containsPair(_ a: UInt8, _ b: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in self {
            if byte == b, previous == a { return true }
            previous = byte
        }
        return false
    }
}
