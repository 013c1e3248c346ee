/// The outcome of checking a typed answer. An unreadable answer is not a grade: the user gets the
/// message and another try.
public enum ExerciseVerdict: Equatable, Sendable {
    case right([Double])
    case wrong([Double])
    case unreadable(String)

    public var isRight: Bool { if case .right = self { return true }; return false }
    public var isReadable: Bool { if case .unreadable = self { return false }; return true }

    /// The rating a grade suggests: Good (3) when right, Again (1) when wrong; nil when unreadable.
    public var suggestedRating: Int? {
        switch self {
        case .right: return 3
        case .wrong: return 1
        case .unreadable: return nil
        }
    }

    /// The numbers read from the answer; empty when unreadable.
    public var given: [Double] {
        switch self {
        case .right(let g), .wrong(let g): return g
        case .unreadable: return []
        }
    }
}
