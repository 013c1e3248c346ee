import ReviewLog

/// A card's memory state and due time, as the scheduler leaves it after a review (py-fsrs `Card`).
public struct CardSchedule: Equatable, Sendable {
    public var state: CardState
    /// The learning or relearning step index; nil in review.
    public var step: Int?
    /// Nil until the first review.
    public var stability: Double?
    public var difficulty: Double?
    public var due: Moment
    public var lastReview: Moment?
    /// Reviews replayed into this state (undone ones excluded).
    public var reviews: Int

    /// A card never reviewed: learning, step 0, due at `due`.
    public init(newAt due: Moment) {
        state = .learning
        step = 0
        stability = nil
        difficulty = nil
        self.due = due
        lastReview = nil
        reviews = 0
    }

    public init(state: CardState, step: Int?, stability: Double?, difficulty: Double?, due: Moment, lastReview: Moment?, reviews: Int) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reviews = reviews
    }

    public var isNew: Bool { reviews == 0 }
}
