/// The head of a line, one byte per `Character`, for byte matchers that stand for regexes or `Character`
/// code on text that is not ASCII.
///
/// A `Character` that is one ASCII scalar folds to its byte; any other to the byte `fold` gives it (a class
/// the matcher can test: a space for whitespace, "0" for a number, 0x80 for "none of mine"). Folding stops
/// after the first byte `stop` accepts, or after `limit` `Character`s: a matcher that reads a line from its
/// start and can take no further than that decides on the head alone. Only `Character`s that are not a
/// lone ASCII scalar cost grapheme breaking, so a line with a few non-ASCII letters folds at byte speed.
public struct FoldedHead {
    /// One byte per `Character` of the head.
    public var bytes: [UInt8] = []
    /// The UTF-8 offset in the line where each folded `Character` starts.
    public var offsets: [Int] = []
    /// The head is the whole line.
    public var isComplete = true

    public init(_ text: String, limit: Int = .max, stop: (UInt8) -> Bool = { _ in false }, fold: (Character) -> UInt8) {
        var folded = FoldedHead()
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { b in
            folded.scan(b, of: text, limit: limit, stop: stop, fold: fold)
        }
        if scanned == nil {
            Array(text.utf8).withUnsafeBufferPointer { folded.scan($0, of: text, limit: limit, stop: stop, fold: fold) }
        }
        self = folded
    }

    private init() {}

    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>, of text: String, limit: Int, stop: (UInt8) -> Bool,
                               fold: (Character) -> UInt8) {
        let n = b.count
        bytes.reserveCapacity(min(n, limit))
        offsets.reserveCapacity(min(n, limit))
        var k = 0
        while k < n {
            guard bytes.count < limit else { isComplete = false; return }
            let c = b[k], next = k + 1 < n ? b[k + 1] : 0
            let byte: UInt8, length: Int
            let scalarLength = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
            if c < 0x80, next < 0x80, !(c == 0x0D && next == 0x0A) {
                (byte, length) = (c, 1)  // a lone ASCII scalar: nothing joins it
            } else if c < 0x80, next >= 0x80, let following = Self.scalar(b, k + 1, next >= 0xF0 ? 4 : next >= 0xE0 ? 3 : 2),
                      !Self.mayExtend(following) {
                (byte, length) = (c, 1)  // an ASCII scalar before one that extends no `Character`
            } else if c >= 0x80, let scalar = Self.scalar(b, k, scalarLength), !Self.mayPrepend(scalar),
                      k + scalarLength == n || b[k + scalarLength] < 0x80 || !Self.mayExtend(scalar) && !Self.nextMayExtend(b, k + scalarLength) {
                // One scalar before ASCII or the end: only a Prepend scalar joins what follows it. Or before
                // another scalar that is not ASCII: then only one of the joining classes joins them, on either
                // side (Extend, ZWJ, SpacingMark, Prepend, Hangul jamo, regional indicators, Indic linkers:
                // all in `mayExtend`'s or `mayPrepend`'s blocks). A run of other text folds without
                // grapheme breaking.
                (byte, length) = (fold(Character(scalar)), scalarLength)
            } else {
                let character = text[text.utf8.index(text.utf8.startIndex, offsetBy: k)]
                length = character.utf8.count
                byte = length == 1 ? c : fold(character)
            }
            bytes.append(byte)
            offsets.append(k)
            k += length
            if stop(byte) {
                isComplete = k == n
                return
            }
        }
    }

    /// The scalar at `k` (not ASCII) may join one before it.
    static func nextMayExtend(_ b: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let c = b[k]
        guard let s = scalar(b, k, c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2) else { return true }
        return mayExtend(s)
    }

    /// The scalar whose `length` UTF-8 bytes start at `k` (the text is valid UTF-8).
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, _ length: Int) -> Unicode.Scalar? {
        var value = UInt32(b[k]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for i in 1..<length { value = value << 6 | UInt32(b[k + i] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// The blocks that hold every scalar of Grapheme_Cluster_Break=Prepend (U+0600–U+08FF, U+0D4E,
    /// U+11000–U+11FFF), the only scalars an ASCII one after them joins: a test checks every scalar.
    public static func mayPrepend(_ s: Unicode.Scalar) -> Bool {
        (0x0600...0x08FF).contains(s.value) || s.value == 0x0D4E || (0x11000...0x11FFF).contains(s.value)
    }

    /// Blocks that hold every scalar of Grapheme_Cluster_Break Extend, ZWJ and SpacingMark (and a few more),
    /// the only scalars that join an ASCII one before them: combining marks, the scripts whose vowel signs
    /// and viramas are marks, joiners, variation selectors, emoji modifiers and tags. A test checks every scalar.
    public static func mayExtend(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x0DFF, 0x0E00...0x0FFF, 0x1000...0x109F, 0x1100...0x11FF, 0x1300...0x1FFF,
             0x200B...0x200F, 0x20D0...0x20FF, 0x2CEF...0x2CF1, 0x2D7F, 0x2DE0...0x2DFF, 0x302A...0x302F, 0x3099...0x309A,
             0xA600...0xABFF, 0xD7B0...0xD7FF, 0xFB1E, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFF9E...0xFF9F, 0x10000...0x1EFFF,
             0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0xE0000...0xE0FFF:
            return true
        default:
            return false
        }
    }

    /// The line from the folded `Character` at `index` to its end.
    public func rest(of text: String, from index: Int) -> String {
        String(Substring(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offsets[index])...]))
    }
}
