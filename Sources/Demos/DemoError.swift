/// A bad demo option, e.g. `--hidden 0`; the command turns it into a one-line usage error.
public struct DemoError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
