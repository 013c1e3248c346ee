import Corpus

/// `Patterns.metadataLine` by hand, over the bytes of a line whose scalars are each a `Character`
/// (`LineScan.bytesAreCharacters`): "2) Topic: Fundamentals, Level: Advanced", "Difficulty: easy".
///
/// The regex is `^(?:\d{1,4}[.)]\s*,?\s*)?KEY\s*:\s*[^:]{1,40}(?:,\s*KEY\s*:\s*[^:,]{1,40}){0,4}\s*$`, KEY one
/// of `topic|level|difficulty|category|tags?|section|source` in any case. A value holds no colon, so each of
/// the line's colons (five at most) ends a key: the key is the word just before it (spaces aside), and
/// before a later key comes the comma that opens its group. What is left between is a value, 1 to 40
/// `Character`s once the spaces the `\s*` around it may take are taken. Backtracking in the regex can only
/// move those spaces, so the match is decided by the colons. The article reader asks this of the line
/// above each question; the regex's backtracking took 25 µs a line, most of a fuzz input of 512 questions.
/// Where a key or a label holds a byte that is not ASCII (a letter that may case-fold to a key's, a digit
/// of another script) it says nil, and the regex decides.
enum MetadataLine {
    static let keys: [[UInt8]] = ["topic", "level", "difficulty", "category", "tag", "tags", "section", "source"].map { Array($0.utf8) }

    static func matches(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = b.count
        var colons: [Int] = []
        for i in 0..<n where b[i] == UInt8(ascii: ":") {
            colons.append(i)
            if colons.count > 5 { return false }
        }
        guard let first = colons.first else { return false }
        func isSpace(_ i: Int) -> Bool { LineScan.isSpaceByte(b[i]) }
        func isKey(_ lo: Int, _ hi: Int) -> Bool? {
            guard !b[lo..<hi].contains(where: { $0 >= 0x80 }) else { return nil }
            return keys.contains { k in k.count == hi - lo && k.indices.allSatisfy { k[$0] == (b[lo + $0] &- 0x41 < 26 ? b[lo + $0] | 0x20 : b[lo + $0]) } }
        }
        // A value of 1 to 40 `Character`s in `lo..<hi`, after the spaces `\s*` may take before it (and after it,
        // at the end of the line); `commas`: whether it may hold a comma (the first value only).
        func isValue(_ lo: Int, _ hi: Int, commas: Bool, atEnd: Bool) -> Bool {
            guard hi > lo else { return false }
            if !commas, b[lo..<hi].contains(UInt8(ascii: ",")) { return false }
            var l = lo, h = hi
            while l < h, isSpace(l) { l += 1 }
            if atEnd { while h > l, isSpace(h - 1) { h -= 1 } }
            let characters = b[l..<h].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }  // scalars, each a Character
            return characters <= 40
        }
        // Before the first colon: an optional "12." or "3)" label (spaces and a comma after it), the key, spaces.
        var i = 0
        if n > 0, b[0] >= 0x80 { return nil }  // a digit of another script, or a letter that may fold to a key's
        var digits = 0
        while digits < n, b[digits] &- 0x30 < 10 { digits += 1 }
        if digits > 0 {
            guard digits < n, b[digits] < 0x80 else { return nil }
            guard digits <= 4, b[digits] == UInt8(ascii: ".") || b[digits] == UInt8(ascii: ")") else { return false }
            i = digits + 1
            while i < n, isSpace(i) { i += 1 }
            if i < n, b[i] == UInt8(ascii: ",") { i += 1 }
            while i < n, isSpace(i) { i += 1 }
        }
        var keyEnd = first
        while keyEnd > i, isSpace(keyEnd - 1) { keyEnd -= 1 }
        guard let firstKey = isKey(i, keyEnd) else { return nil }
        guard firstKey else { return false }
        // Between two colons: a value, a comma, spaces, the next key, spaces.
        for (k, colon) in colons.enumerated().dropLast() {
            let next = colons[k + 1]
            var end = next
            while end > colon + 1, isSpace(end - 1) { end -= 1 }
            var start = end
            while start > colon + 1, !isSpace(start - 1), b[start - 1] != UInt8(ascii: ",") { start -= 1 }
            var comma = start
            while comma > colon + 1, isSpace(comma - 1) { comma -= 1 }
            guard comma > colon + 1, b[comma - 1] == UInt8(ascii: ",") else { return false }
            guard let key = isKey(start, end) else { return nil }
            guard key, isValue(colon + 1, comma - 1, commas: k == 0, atEnd: false) else { return false }
        }
        return isValue(colons.last! + 1, n, commas: colons.count == 1, atEnd: true)
    }

    /// `Patterns.metadataLine` matches `text`: by hand where `matches` decides, else by the regex.
    static func isMetadata(_ text: String) -> Bool {
        if LineScan.bytesAreCharacters(text), let decided = text.utf8.withContiguousStorageIfAvailable(matches) ?? nil { return decided }
        return text.firstMatch(of: Patterns.metadataLine) != nil
    }
}
