/// Turns a file's bytes into text, or refuses it with one line that names the file and the line.
///
/// Refused: an empty file, binary data (a NUL byte or mostly control characters), invalid UTF-8,
/// and, except for JSON, a line longer than `maxLineBytes` (no real deck has one; a 100 MB line is
/// a corrupt or wrong file, and refusing it early keeps every reader fast).
public enum TextInput {
    public static let maxLineBytes = 1 << 20

    public static func decode(_ bytes: [UInt8], file: String, allowLongLines: Bool = false) throws(ImportError) -> String {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }  // BOM
        if bytes[start...].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ImportError(file: file, "the file is empty")
        }
        var line = 1
        var lineStart = start
        var controls = 0
        var i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A {
                    line += 1
                    lineStart = i + 1
                } else if b == 0 {
                    throw ImportError(file: file, line: line, "binary data (a NUL byte), not a text file")
                } else if b < 0x20, b != 0x09, b != 0x0D, b != 0x0C {
                    controls += 1
                }
                if !allowLongLines, i - lineStart >= maxLineBytes {
                    throw ImportError(file: file, line: line, "line longer than \(maxLineBytes / 1024 / 1024) MB; not a deck file")
                }
                i += 1
                continue
            }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: throw ImportError(file: file, line: line, "invalid UTF-8 (byte 0x\(hex(b))); save the file as UTF-8")
            }
            for k in 1..<length where i + k >= n || bytes[i + k] & 0xC0 != 0x80 {
                throw ImportError(file: file, line: line, "invalid UTF-8 (byte 0x\(hex(b))); save the file as UTF-8")
            }
            // Overlong forms and surrogates.
            let b1 = bytes[i + 1]
            if (b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F) || (b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F) {
                throw ImportError(file: file, line: line, "invalid UTF-8 (byte 0x\(hex(b))); save the file as UTF-8")
            }
            i += length
            if !allowLongLines, i - lineStart >= maxLineBytes {
                throw ImportError(file: file, line: line, "line longer than \(maxLineBytes / 1024 / 1024) MB; not a deck file")
            }
        }
        if controls > 8, controls * 20 > n - start {
            throw ImportError(file: file, "binary data (control characters), not a text file")
        }
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }
}
