import Corpus

/// A type an option or positional can hold: read from one command-line word.
public protocol ArgumentValue: Sendable {
    /// The value a word stands for, or nil when the word is not one.
    init?(argument: String)
    /// What a wrong word is told it should be, e.g. "a whole number".
    static var expectation: String { get }
    static var kind: ValueKind { get }
    /// How the value is written on the command line (help shows defaults this way).
    var argumentText: String { get }
}

extension Int: ArgumentValue {
    public init?(argument: String) { self.init(argument) }
    public static var expectation: String { "a whole number" }
    public static var kind: ValueKind { .integer }
    public var argumentText: String { String(self) }
}

extension Double: ArgumentValue {
    public init?(argument: String) {
        guard let v = Double(argument), v.isFinite else { return nil }
        self = v
    }
    public static var expectation: String { "a number" }
    public static var kind: ValueKind { .number }
    public var argumentText: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

extension String: ArgumentValue {
    public init?(argument: String) { self = argument }
    public static var expectation: String { "some text" }
    public static var kind: ValueKind { .text }
    public var argumentText: String { self }
}

extension Level: ArgumentValue {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var expectation: String { "basic, intermediate or advanced" }
    public static var kind: ValueKind { .choice(allCases.map(\.rawValue)) }
    public var argumentText: String { rawValue }
}
