import JSONKit

/// An FSRS configuration that cannot be used. Words for the user in `description`; the cases
/// carry the values, so callers can word them differently.
public enum SchedulerError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Not exactly 21 weights.
    case parameterCount(Int)
    /// Weights outside py-fsrs's bounds: (index, value, lower, upper) for every one.
    case parametersOutOfBounds([ParameterViolation])
    /// A weight that is not a finite number.
    case unreadableParameter(String)
    /// Desired retention not strictly between 0 and 1.
    case desiredRetention(Double)
    case maximumInterval(Int)
    /// A learning or relearning step that is zero or negative.
    case nonPositiveStep(TimeSpan)

    public struct ParameterViolation: Equatable, Sendable {
        public var index: Int
        public var value: Double
        public var lower: Double
        public var upper: Double
    }

    public var description: String {
        switch self {
        case .parameterCount(let n): return "expected 21 FSRS parameters, got \(n)"
        case .parametersOutOfBounds(let list):
            return "FSRS parameters out of bounds: " + list.map {
                "w\($0.index) = \(JSON.format($0.value)) is outside [\(JSON.format($0.lower)), \(JSON.format($0.upper))]"
            }.joined(separator: "; ")
        case .unreadableParameter(let text): return "cannot read FSRS parameter '\(text)'"
        case .desiredRetention(let r): return "desired retention must be between 0 and 1 (exclusive), got \(JSON.format(r))"
        case .maximumInterval(let n): return "maximum interval must be at least 1 day, got \(n)"
        case .nonPositiveStep(let s): return "learning and relearning steps must be positive, got \(s)"
        }
    }
}
