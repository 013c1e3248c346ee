/// What an answer looks like: how many numbers, and whether they are whole numbers (counts and sizes,
/// checked exactly) or reals (checked with a tolerance).
public enum AnswerForm: Equatable, Sendable {
    /// One whole number, e.g. a parameter count.
    case count
    /// Several whole numbers, e.g. an output size [H′, W′].
    case size(Int)
    /// One real number.
    case real
    /// Several reals, e.g. softmax probabilities.
    case reals(Int)

    /// How many numbers the answer has.
    public var count: Int {
        switch self {
        case .count, .real: return 1
        case .size(let n), .reals(let n): return n
        }
    }

    public var isWhole: Bool {
        switch self {
        case .count, .size: return true
        case .real, .reals: return false
        }
    }

    /// True when the answer is a list (written as an array in JSON), even a list of one.
    public var isList: Bool {
        switch self {
        case .size, .reals: return true
        case .count, .real: return false
        }
    }
}
