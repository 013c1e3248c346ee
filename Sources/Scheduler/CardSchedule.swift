import ReviewLog

/// A card's memory state and due time, as the scheduler leaves it after a review (py-fsrs `Card`).
public struct CardSchedule: Equatable, Sendable {
    public var state: CardState
    /// The learning or relearning step index; nil in review.
    public var step: Int?
    /// Nil until the first review.
    public var memory: MemoryState?
    public var due: Moment
    public var lastReview: Moment?
    /// Reviews replayed into this state (undone ones excluded).
    public var reviews: Int

    /// A card never reviewed: learning, step 0, due at `due`.
    public init(newAt due: Moment) {
        state = .learning
        step = 0
        memory = nil
        self.due = due
        lastReview = nil
        reviews = 0
    }

    public init(state: CardState, step: Int?, memory: MemoryState?, due: Moment, lastReview: Moment?, reviews: Int) {
        self.state = state
        self.step = step
        self.memory = memory
        self.due = due
        self.lastReview = lastReview
        self.reviews = reviews
    }

    public var stability: Double? { memory?.stability }
    public var difficulty: Double? { memory?.difficulty }

    public var isNew: Bool { reviews == 0 }
}
