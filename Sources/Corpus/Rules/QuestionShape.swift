/// A question as the duplicate rules read it: personal or not, what it asks, and about which subjects.
///
/// The reading is deliberately simple and explainable: cue words for the ask, the `ConceptLexicon` for
/// subjects. A combined question ("What is P, and how is it prevented?") reads as its first clause, so it
/// joins the definition card (rule 7).
public struct QuestionShape: Sendable, Equatable {
    public var text: String
    /// About the asker's own experience ("Which frameworks have you used?").
    public var isPersonal: Bool
    public var ask: Ask
    /// The concepts the question is about, after dropping context: broad fields when something more
    /// specific is named, a concept's home ("in CNNs" after "pooling"), and the problem a technique is
    /// said to address ("dropout ... prevent overfitting" is about dropout).
    public var subjects: Set<String>

    public init(_ text: String) {
        self.text = text
        let lower = " " + String(text.lowercased().map { $0 == "’" || $0 == "‘" ? "'" : $0 }) + " "
        isPersonal = Self.isPersonal(lower)

        var clause = lower
        var ask = Self.ask(of: lower)
        if ask != .general, let split = Self.combinedSplit(lower) {
            let first = String(lower[..<split])
            if Self.ask(of: first) == .general {
                clause = first
                ask = .general
            }
        }
        let words = ConceptLexicon.words(clause)
        var found = Set(ConceptLexicon.find(in: words).map(\.id))
        // Context: broad fields give way to anything specific; a home gives way to its part.
        let specific = found.filter { ConceptLexicon.concept($0)?.kind != .broad }
        if !specific.isEmpty { found = specific }
        for id in found { if let home = ConceptLexicon.concept(id)?.home { found.remove(home) } }
        // The problem a technique addresses is the technique's purpose, not a second subject.
        let things = found.filter { ConceptLexicon.concept($0)?.kind != .problem }
        if !things.isEmpty, things.count < found.count, Self.contains(lower, Self.purposeCues) { found = things }
        if ask == .remedies, !things.isEmpty, things.count == found.count { ask = .general }
        if ask == .remedies, found.isEmpty { ask = .general }
        self.ask = ask
        subjects = found
    }

    static let personalCues = ["your experience", "your own experience", "have you used", "have you worked", "you have used",
                               "your favourite", "your favorite", "have you ever"]
    static let comparisonCues = [" differ ", " differs ", " difference", " distinguish", " distinct", " compare", " comparison", " contrast",
                                 " vs ", " vs. ", " versus ", " better than ", " differentiate"]
    static let stepsCues = [" steps ", " steps?", " procedure "]
    static let remediesCues = [" prevent", " avoid", " address", " mitigat", " tackl", " combat", " overcome", " measures ",
                               " strategies ", " fix ", " remed"]
    static let choiceCues = [" tune ", " tune?", " tuning", " be trained", " choice ", " choose", " choosing", " select ",
                             " selecting", " be set", " set the "]
    static let kindsCues = [" types of ", " kinds of ", " different ", " various ", " enumerate ", " crucial ", " popular ",
                            " common ", " examples of "]
    static let purposeCues = [" address", " prevent", " avoid", " tackl", " mitigat", " combat", " overcome", " help",
                              " improv", " contribut", " reduc", " solve", " fight", " used to "]
    static let definitionOpenings = [" what is ", " what are ", " what does ", " define ", " explain ", " describe "]

    static func contains(_ text: String, _ cues: [String]) -> Bool { cues.contains { text.contains($0) } }

    static func isPersonal(_ lower: String) -> Bool { contains(lower, personalCues) }

    /// The ask of a (lower-cased, space-padded) text by its cue words; the first kind that matches wins.
    static func ask(of lower: String) -> Ask {
        if contains(lower, comparisonCues) { return .comparison }
        if contains(lower, stepsCues) { return .steps }
        if contains(lower, remediesCues) { return .remedies }
        if contains(lower, choiceCues) { return .choice }
        if contains(lower, kindsCues) { return .kinds }
        return .general
    }

    /// Where the second clause of "What is X, and how ...?" starts, when the question opens as a definition.
    static func combinedSplit(_ lower: String) -> String.Index? {
        guard definitionOpenings.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return (lower.firstRange(of: ", and ") ?? lower.firstRange(of: " and ") ?? lower.firstRange(of: "? "))?.lowerBound
    }
}
