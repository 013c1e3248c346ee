/// Where a card stands in FSRS: still learning, in long-term review, or relearning after a lapse.
public enum CardState: String, Sendable, CaseIterable {
    case learning, review, relearning
}
