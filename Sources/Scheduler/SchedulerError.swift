/// A scheduler configuration or log problem, worded for the user.
public struct SchedulerError: Error, Equatable, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
