#if canImport(Glibc)
import Glibc
#endif

/// Reads keys and lines from stdin with read(2) only (never mixed with buffered stdio).
struct KeyReader {
    private var pending: [UInt8] = []

    /// One byte, or nil at end of input or on a read error.
    private mutating func byte() -> UInt8? {
        if !pending.isEmpty { return pending.removeFirst() }
        var b: UInt8 = 0
        while true {
            let n = read(0, &b, 1)
            if n == 1 { return b }
            if n < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// True when another byte is readable within `millis` (used to swallow escape sequences).
    private func ready(millis: Int32) -> Bool {
        var fds = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&fds, 1, millis) > 0
    }

    /// A key, or nil when none comes within `millis`.
    mutating func key(timeoutMillis millis: Int32) -> Key? {
        pending.isEmpty && !ready(millis: millis) ? nil : key()
    }

    mutating func key() -> Key {
        guard let b = byte() else { return .endOfInput }
        switch b {
        case 3, 4: return .interrupt
        case 13, 10: return .enter
        case 32: return .space
        case 127, 8: return .backspace
        case 27:
            while ready(millis: 15), let next = byte() {
                if (next >= 64 && next <= 126) && next != 91 && next != 79 { break }
            }
            return .other
        default:
            if b < 32 { return .other }
            return .character(character(startingWith: b))
        }
    }

    /// Decodes one UTF-8 character whose first byte is `first`.
    private mutating func character(startingWith first: UInt8) -> Character {
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let b = byte() else { break }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self).first ?? "?"
    }

    /// A line typed in raw mode, echoed as it is typed (backspace edits): `.line`, or how it ended.
    mutating func editLine(echo: (String) -> Void) -> TypedLine {
        var text = ""
        while true {
            switch key() {
            case .enter: return .line(text)
            case .interrupt: return .interrupted
            case .endOfInput: return .ended
            case .space:
                text.append(" ")
                echo(" ")
            case .backspace:
                if !text.isEmpty {
                    text.removeLast()
                    echo("\u{8} \u{8}")
                }
            case .character(let c):
                text.append(c)
                echo(String(c))
            case .other:
                break
            }
        }
    }

    /// One line from a pipe (without the newline), or nil at end of input.
    mutating func line() -> String? {
        var bytes: [UInt8] = []
        while let b = byte() {
            if b == 10 {
                if bytes.last == 13 { bytes.removeLast() }
                return String(decoding: bytes, as: UTF8.self)
            }
            bytes.append(b)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
