import Corpus

/// `Patterns.contentsEntry` (`^([-*+]|\d+[.)])\s+\[[^\]]*\]\([^)]*\)\s*$`, a list item that is only a link)
/// and `Patterns.imageAlone` (`^!\[[^\]]*\]\([^)]*\)\s*$`) by hand: page chrome the article reader asks
/// about on every line with a "](".
///
/// Over the bytes of plain ASCII text, else over its folded head (`FoldedHead`, one byte per `Character`:
/// whitespace to a space, a number to "0", any other that is not one ASCII scalar to 0x80). Neither
/// pattern backtracks usefully: each bracket class stops at the first closing byte, which must be followed
/// by what the pattern needs next. (The regexes cost 1 µs a line of ASCII and several of other text.)
enum LinkLine {
    static func isContentsEntry(_ text: String) -> Bool { matches(text, image: false) }
    static func isImageAlone(_ text: String) -> Bool { matches(text, image: true) }

    static func matches(_ text: String, image: Bool) -> Bool {
        if LineScan.isPlainASCII(text), let decided = text.utf8.withContiguousStorageIfAvailable({ match($0, image: image) }) {
            return decided
        }
        let head = FoldedHead(text) { c in LineScan.isWhitespace(c) ? 0x20 : c.isNumber ? UInt8(ascii: "0") : 0x80 }
        return head.bytes.withUnsafeBufferPointer { match($0, image: image) }
    }

    /// The pattern over bytes that are one per `Character` (ASCII whitespace, 0x09–0x0D and the space, is `\s`).
    static func match(_ f: UnsafeBufferPointer<UInt8>, image: Bool) -> Bool {
        let n = f.count
        func isSpace(_ i: Int) -> Bool { LineScan.isSpaceByte(f[i]) }
        var i = 0
        if image {
            guard n >= 2, f[0] == UInt8(ascii: "!") else { return false }
            i = 1
        } else {
            guard n > 0 else { return false }
            if f[0] == UInt8(ascii: "-") || f[0] == UInt8(ascii: "*") || f[0] == UInt8(ascii: "+") {
                i = 1
            } else {
                while i < n, f[i] &- 0x30 < 10 { i += 1 }
                guard i > 0, i < n, f[i] == UInt8(ascii: ".") || f[i] == UInt8(ascii: ")") else { return false }
                i += 1
            }
            let start = i
            while i < n, isSpace(i) { i += 1 }
            guard i > start else { return false }
        }
        guard i < n, f[i] == UInt8(ascii: "[") else { return false }
        i += 1
        while i < n, f[i] != UInt8(ascii: "]") { i += 1 }
        guard i + 1 < n, f[i + 1] == UInt8(ascii: "(") else { return false }
        i += 2
        while i < n, f[i] != UInt8(ascii: ")") { i += 1 }
        guard i < n else { return false }
        i += 1
        while i < n, isSpace(i) { i += 1 }
        return i == n
    }
}
