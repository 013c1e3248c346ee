/// Byte-level operations on JSON text that we wrote ourselves, for paths where parsing is wasted work.
public enum JSONBytes {
    /// The text without insignificant whitespace: pretty JSON becomes its compact form, byte for byte.
    public static func minify(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        for c in bytes {
            if inString {
                out.append(c)
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false }
            } else if c == 0x22 {
                inString = true
                out.append(c)
            } else if c != 0x20 && c != 0x0A && c != 0x0D && c != 0x09 {
                out.append(c)
            }
        }
        return out
    }

    /// Where the value of `key` lies in a compact JSON object (as `minify` makes), if the key is a member
    /// of the outermost object.
    public static func topLevelValue(_ key: String, in compact: [UInt8]) -> Range<Int>? {
        let needle = Array("\"\(key)\":".utf8)
        var depth = 0
        var inString = false
        var escaped = false
        var valueStart: Int? = nil
        var i = 0
        while i < compact.count {
            let c = compact[i]
            if inString {
                if escaped { escaped = false } else if c == 0x5C { escaped = true } else if c == 0x22 { inString = false }
                i += 1
                continue
            }
            if let start = valueStart, depth == 1, c == UInt8(ascii: ",") || c == UInt8(ascii: "}") {
                return start..<i
            }
            switch c {
            case 0x22:
                if depth == 1, valueStart == nil, compact[i...].starts(with: needle),
                    i > 0, compact[i - 1] == UInt8(ascii: "{") || compact[i - 1] == UInt8(ascii: ",")
                {
                    valueStart = i + needle.count
                    i += needle.count
                    continue
                }
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
            i += 1
        }
        return nil
    }
}
