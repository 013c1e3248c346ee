/// An answer that cannot be read as the expected kind of answer: the user gets this message and
/// another try, never a grade.
public struct AnswerReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
