/// The review rating a score suggests, on the FSRS/Anki scale.
///
/// Thresholds on the score (0...1):
///
///     score <  0.30   1 Again   most of what matters is missing, or the answer states a misconception
///     score <  0.55   2 Hard    some key points, important ones missing
///     score <  0.80   3 Good    the main points, one or two gaps
///     score >= 0.80   4 Easy    essentially complete
///
/// A stated misconception halves the score, so a confident wrong answer rarely rates above Again.
public enum SuggestedRating: Int, CaseIterable, Sendable {
    case again = 1, hard = 2, good = 3, easy = 4

    public static let hardFrom = 0.30
    public static let goodFrom = 0.55
    public static let easyFrom = 0.80

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
