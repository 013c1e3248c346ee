#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import Platform

/// The process's standard streams, written with write(2) and no buffer,
/// so a script talking to dlquiz line by line sees each line at once.
public struct Console: Sendable {
    public init() {}

    /// Writes to stdout and flushes; a closed pipe becomes `.brokenPipe` (a quiet end), not a crash.
    public func out(_ text: String) throws(CLIError) {
        if !Console.writeAll(1, text) { throw Console.writeError() }
    }

    /// Writes bytes to stdout.
    public func out(bytes: [UInt8]) throws(CLIError) {
        let ok = bytes.withUnsafeBufferPointer { FileSystem.writeAll(1, $0) }
        if !ok { throw Console.writeError() }
    }

    /// Writes bytes from memory (the compiled-in data, say) to stdout without copying them first.
    public func out(buffer: UnsafeBufferPointer<UInt8>) throws(CLIError) {
        if !FileSystem.writeAll(1, buffer) { throw Console.writeError() }
    }

    /// The error for a failed write to stdout, from errno.
    static func writeError() -> CLIError {
        if errno == EPIPE { return .brokenPipe }
        return .failure("cannot write to standard output (\(String(cString: strerror(errno))))")
    }

    /// Writes a line to stdout.
    public func line(_ text: String = "") throws(CLIError) { try out(text + "\n") }

    /// Writes a line to stderr; never fails.
    public func error(_ text: String) {
        _ = Console.writeAll(2, text + "\n")
    }

    /// write(2) until done; no stdio buffer, so nothing waits in a pipe.
    static func writeAll(_ fd: Int32, _ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { FileSystem.writeAll(fd, $0) }
    }

    public var stdinIsTerminal: Bool { isatty(0) == 1 }
    public var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Terminal height in rows; nil when stdout is not a terminal or its size is unknown (0).
    public var height: Int? {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        return nil
    }

    /// Terminal width in columns, or 80 when stdout is not a terminal.
    public var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
