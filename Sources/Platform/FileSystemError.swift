#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file operation: the path and the C library's reason.
public struct FileSystemError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    /// The C library's wording of the error code, e.g. "No such file or directory".
    public var reason: String { String(cString: strerror(code)) }

    public var description: String { "\(path): \(reason)" }
}
