/// Byte-level helpers for the ASCII fast paths of tokenisers and pattern tests.
///
/// For ASCII text, `lowercased()`, `Character.isLetter`/`isNumber` and substring tests agree with these
/// byte operations exactly, without the per-Character grapheme work that dominates at 50,000 cards.
/// Callers use them only when `isASCII` holds and keep the Unicode code for everything else.
enum ASCIIText {
    /// True when every byte is below 0x80.
    static func isASCII(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { buffer in
            for b in buffer where b >= 0x80 { return false }
            return true
        }
    }

    /// The bytes lower-cased (A–Z only); the same as `lowercased()` on ASCII text.
    static func lowered(_ s: String) -> [UInt8] {
        var s = s
        return s.withUTF8 { buffer in
            [UInt8](unsafeUninitializedCapacity: buffer.count) { out, count in
                for (i, b) in buffer.enumerated() { out[i] = b &- 0x41 < 26 ? b | 0x20 : b }
                count = buffer.count
            }
        }
    }

    /// True for a–z and 0–9: a word byte of lower-cased ASCII text.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { b &- 0x61 < 26 || b &- 0x30 < 10 }

    /// The runs of word bytes of lower-cased ASCII text, in order: the words a tokeniser splits it into.
    static func words(_ lowered: [UInt8]) -> [String] {
        var words: [String] = []
        lowered.withUnsafeBufferPointer { b in
            var start = -1
            for i in 0...b.count {
                let word = i < b.count && isWordByte(b[i])
                if word, start < 0 { start = i }
                if !word, start >= 0 {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                    start = -1
                }
            }
        }
        return words
    }

    /// True when `pattern` occurs in `text`.
    static func contains(_ text: [UInt8], _ pattern: [UInt8]) -> Bool {
        let n = text.count, m = pattern.count
        guard m > 0 else { return true }
        guard m <= n else { return false }
        let first = pattern[0]
        return text.withUnsafeBufferPointer { t in
            pattern.withUnsafeBufferPointer { p in
                var i = 0
                while i <= n - m {
                    if t[i] == first {
                        var k = 1
                        while k < m, t[i + k] == p[k] { k += 1 }
                        if k == m { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    /// `count` of the ASCII text as a String: bytes, with each "\r\n" one Character.
    static func characterCount(_ text: [UInt8]) -> Int {
        var n = text.count
        for i in text.indices.dropFirst() where text[i] == 0x0A && text[i - 1] == 0x0D { n -= 1 }
        return n
    }

    /// Every occurrence of `pattern` (left to right, not overlapping) replaced by `replacement`.
    static func replacing(_ text: [UInt8], _ pattern: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        let m = pattern.count
        while i < text.count {
            if i + m <= text.count, text[i] == pattern[0], text[i..<(i + m)].elementsEqual(pattern) {
                out.append(contentsOf: replacement)
                i += m
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return out
    }

    /// True when `text` starts with `pattern`.
    static func hasPrefix(_ text: [UInt8], _ pattern: [UInt8]) -> Bool {
        pattern.count <= text.count && text.prefix(pattern.count).elementsEqual(pattern)
    }
}
