/// Finding ASCII `Character`s in text that is not ASCII by its bytes, without splitting it into `Character`s.
///
/// An ASCII byte in a line is a `Character` of its own unless a Prepend scalar before it or a mark (an
/// Extend, ZWJ or SpacingMark scalar) after it joins it to another; and no `Character` of several scalars
/// equals an ASCII one, nor does any scalar but U+037E, U+1FEF and U+212A (so a pattern without ";", "`"
/// and "K" has no other form). The blocks of those joining scalars (`FoldedHead.mayPrepend`, `.mayExtend`)
/// decide most lines at byte speed; a byte next to a scalar in them leaves the answer to the caller's
/// `Character` code (nil).
public enum LoneASCII {
    /// The text holds `pattern` (ASCII bytes, none of ";", "`", "K", not "\r\n") as `Character`s, as
    /// `String.contains` finds it: true or false when the bytes decide, nil when a joining scalar may.
    public static func contains(_ text: String, _ pattern: StaticString) -> Bool? {
        let p = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        return text.utf8.withContiguousStorageIfAvailable { b in contains(b, count: p.count) { i in
            for k in 0..<p.count where b[i + k] != p[k] { return false }
            return true
        } } ?? nil
    }

    /// The text holds a `Character` that is one of the ASCII `bytes` (none of ";", "`", "K"): true or
    /// false when the bytes decide, nil when a joining scalar may.
    public static func containsAny(_ text: String, _ bytes: (UInt8) -> Bool) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable { b in contains(b, count: 1) { bytes(b[$0]) } } ?? nil
    }

    /// Where `matches(i)` holds for a run of `count` ASCII bytes from `i`, whether that run is whole
    /// `Character`s: true at the first such run, false when none, nil when only undecided ones.
    static func contains(_ b: UnsafeBufferPointer<UInt8>, count: Int, matches: (Int) -> Bool) -> Bool? {
        let n = b.count
        var undecided = false
        var i = 0
        while i + count <= n {
            defer { i += 1 }
            guard matches(i) else { continue }
            let end = i + count
            let before = i == 0 || b[i - 1] < 0x80 ? nil : scalar(endingAt: i, b)
            let after = end == n || b[end] < 0x80 ? nil : FoldedHead.scalar(b, end, b[end] >= 0xF0 ? 4 : b[end] >= 0xE0 ? 3 : 2)
            if before.map(FoldedHead.mayPrepend) == true || after.map(FoldedHead.mayExtend) == true {
                undecided = true
                continue
            }
            return true
        }
        return undecided ? nil : false
    }

    /// The scalar whose UTF-8 ends just before byte `i`.
    static func scalar(endingAt i: Int, _ b: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var start = i - 1
        while start > 0, b[start] & 0xC0 == 0x80 { start -= 1 }
        return FoldedHead.scalar(b, start, i - start)
    }
}
