/// The rules (README, "The deck") that keep two questions apart whatever their wording's similarity.
public enum DuplicateRule: Int, Sendable, Equatable, CaseIterable {
    /// Rule 3: a remedies-only question is a card of its own.
    case remediesOnly = 3
    /// Rule 4: comparisons merge only when they compare the same set; a comparison is not a definition.
    case comparisonSet = 4
    /// Rule 5: a narrower focus (one component, context or property; choosing, kinds, steps) is its own card.
    case narrowerFocus = 5
    /// Rule 6: personal questions merge only with personal questions.
    case personal = 6

    public var summary: String {
        switch self {
        case .remediesOnly: "a remedies-only question is its own card"
        case .comparisonSet: "comparisons merge only when they compare the same set, and a comparison is not a definition"
        case .narrowerFocus: "a narrower focus is its own card"
        case .personal: "personal questions merge only with personal questions"
        }
    }
}
