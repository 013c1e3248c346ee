/// A text's lines as the importers split it: `text.replacing("\r\n", with: "\n")` split at the
/// `Character` "\n", empty lines kept, found over the UTF-8 bytes.
///
/// A line feed is always a `Character` of its own except after a carriage return (`\r\n` is one), so
/// the split points are the bytes 0x0A not preceded by 0x0D. The replacement and the split by
/// `Character` cost a searcher and grapheme breaking over the whole text; a test compares the two.
public enum LineSplit {
    public static func lines(_ text: String) -> [String] {
        let bytes = text.utf8
        guard bytes.contains(0x0D) else { return split(Array(bytes)) }
        // Only here can a "\r\n" be replaced; what the replacement leaves is split as it would be. Each CR LF
        // byte pair is one "\r\n" `Character` (a CR or LF never joins anything else), so the replacement
        // is done over the bytes (the `Character` searcher was a sixth of a 60 KB fuzz input's time).
        let b = Array(bytes)
        var replaced: [UInt8] = []
        replaced.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A {
                replaced.append(0x0A)
                i += 2
            } else {
                replaced.append(b[i])
                i += 1
            }
        }
        return split(replaced)
    }

    static func split(_ b: [UInt8]) -> [String] {
        var out: [String] = []
        var start = 0
        for i in b.indices where b[i] == 0x0A && (i == 0 || b[i - 1] != 0x0D) {
            out.append(String(decoding: b[start..<i], as: UTF8.self))
            start = i + 1
        }
        out.append(String(decoding: b[start...], as: UTF8.self))
        return out
    }

    /// The reference: the replacement and the split by `Character`.
    static func characterLines(_ text: String) -> [String] {
        text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
