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
        var k = 0
        while k < n {
            guard bytes.count < limit else { isComplete = false; return }
            let c = b[k], next = k + 1 < n ? b[k + 1] : 0
            let byte: UInt8, length: Int
            if c < 0x80, next < 0x80, !(c == 0x0D && next == 0x0A) {
                (byte, length) = (c, 1)  // a lone ASCII scalar: nothing joins it
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

    /// The line from the folded `Character` at `index` to its end.
    public func rest(of text: String, from index: Int) -> String {
        String(Substring(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: offsets[index])...]))
    }
}
