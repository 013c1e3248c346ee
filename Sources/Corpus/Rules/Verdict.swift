/// Whether two questions are one card, and why.
public enum Verdict: Sendable, Equatable {
    /// One card: no rule keeps them apart and their wording is similar enough.
    case same(similarity: Double)
    /// No rule keeps them apart, but their wording is not similar enough to merge without a reviewer.
    case notSimilar(similarity: Double)
    /// A rule keeps them apart, whatever the similarity; `why` says how the rule applied.
    case ruledOut(DuplicateRule, why: String)

    public var isSame: Bool { if case .same = self { true } else { false } }

    public var rule: DuplicateRule? { if case .ruledOut(let r, _) = self { r } else { nil } }
}
