/// Byte-level operations on JSON text, for paths where parsing everything would be wasted work.
public enum JSONBytes {
    /// The value of `key` in the outermost object of `bytes`, in compact form (insignificant whitespace
    /// dropped): for JSON written by `pretty`, byte for byte what `compactBytes` gives for that value.
    /// One pass, no parse; nil when the key is not a member of the outermost object.
    public static func compactValue(ofTopLevelKey key: String, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let needle = Array("\"\(key)\"".utf8)
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var found = false
        let out = [UInt8](unsafeUninitializedCapacity: n) { out, count in
            guard let target = out.baseAddress else { return }
            count = 0
            var depth = 0
            var copying = false
            var i = 0
            while i < n {
                let c = base[i]
                if c == 0x22 {
                    if !copying, depth == 1, let valueStart = keyEnd(needle, at: i, in: bytes) {
                        copying = true
                        i = valueStart
                        continue
                    }
                    // A string: runs of plain bytes are copied in one go; escapes are taken two bytes at a time.
                    var j = i + 1
                    while j < n {
                        let d = base[j]
                        if d == 0x22 { break }
                        j += d == 0x5C ? 2 : 1
                    }
                    j = min(j + 1, n)
                    if copying {
                        (target + count).update(from: base + i, count: j - i)
                        count += j - i
                    }
                    i = j
                    continue
                }
                if copying, depth == 1, c == UInt8(ascii: ",") || c == UInt8(ascii: "}") {
                    found = true
                    return
                }
                switch c {
                case 0x20, 0x0A, 0x0D, 0x09:
                    i += 1
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
                default: break
                }
                if copying {
                    target[count] = c
                    count += 1
                }
                i += 1
            }
        }
        return found ? out : nil
    }

    /// When `needle` (a quoted key) starts at `i` and is followed by a colon: where the value begins.
    private static func keyEnd(_ needle: [UInt8], at i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard i + needle.count <= bytes.count else { return nil }
        for k in 0..<needle.count where bytes[i + k] != needle[k] { return nil }
        var j = i + needle.count
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x09 { j += 1 }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return nil }
        return j + 1
    }
}
