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
        guard ASCIIText.isASCII(text) else { self.init(characters: text); return }
        // The ASCII path: the same tests on bytes (for ASCII text, lower-casing, cue tests, the clause
        // split and the lexicon's words agree with the String ones of `init(characters:)`).
        let lower = [0x20] + ASCIIText.lowered(text) + [0x20]
        var clause = lower
        var ask = Self.ask(of: lower)
        if ask != .general, let split = Self.combinedSplit(lower) {
            let first = Array(lower[..<split])
            if Self.ask(of: first) == .general {
                clause = first
                ask = .general
            }
        }
        self.init(text: text, lower: lower, ask: ask, words: ConceptLexicon.words(lowerASCII: clause))
    }

    /// The reading by Characters: the reference for every text, and the path for non-ASCII text.
    init(characters text: String) {
        let lower = " " + String(text.lowercased().map { $0 == "’" || $0 == "‘" ? "'" : $0 }) + " "
        var clause = lower
        var ask = Self.ask(of: Array(lower.utf8))
        if ask != .general, let split = Self.combinedSplit(lower) {
            let first = String(lower[..<split])
            if Self.ask(of: Array(first.utf8)) == .general {
                clause = first
                ask = .general
            }
        }
        self.init(text: text, lower: Array(lower.utf8), ask: ask, words: ConceptLexicon.characterWords(clause))
    }

    /// The rest of the reading, from the lower-cased, space-padded text's UTF-8 bytes, the ask read from
    /// its cues, and the lexicon's words of the clause that counts.
    private init(text: String, lower: [UInt8], ask: Ask, words: [String]) {
        self.text = text
        isPersonal = Self.contains(lower, Self.personalBytes)
        var ask = ask
        var found = Set(ConceptLexicon.find(in: words).map(\.id))
        // Context: broad fields give way to anything specific; a home gives way to its part.
        let specific = found.filter { ConceptLexicon.concept($0)?.kind != .broad }
        if !specific.isEmpty { found = specific }
        for id in found { if let home = ConceptLexicon.concept(id)?.home { found.remove(home) } }
        // The problem a technique addresses is the technique's purpose, not a second subject.
        let things = found.filter { ConceptLexicon.concept($0)?.kind != .problem }
        if !things.isEmpty, things.count < found.count, Self.contains(lower, Self.purposeBytes) { found = things }
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

    static let personalBytes = personalCues.map { Array($0.utf8) }
    static let comparisonBytes = comparisonCues.map { Array($0.utf8) }
    static let stepsBytes = stepsCues.map { Array($0.utf8) }
    static let remediesBytes = remediesCues.map { Array($0.utf8) }
    static let choiceBytes = choiceCues.map { Array($0.utf8) }
    static let kindsBytes = kindsCues.map { Array($0.utf8) }
    static let purposeBytes = purposeCues.map { Array($0.utf8) }
    static let definitionBytes = definitionOpenings.map { Array($0.utf8) }

    /// Whether the UTF-8 bytes `text` contain any of `cues`: cues are compared as bytes, not Characters,
    /// since the generic `String.contains` costs microseconds per call, and import reads tens of thousands
    /// of questions this way.
    static func contains(_ text: [UInt8], _ cues: [[UInt8]]) -> Bool {
        cues.contains { ASCIIText.contains(text, $0) }
    }

    /// `QuestionShape(question).isPersonal` without the rest of the reading: the cue test on bytes for ASCII text.
    public static func isPersonal(question: String) -> Bool {
        guard ASCIIText.isASCII(question) else { return QuestionShape(characters: question).isPersonal }
        return contains([0x20] + ASCIIText.lowered(question) + [0x20], personalBytes)
    }

    static func isPersonal(_ lower: String) -> Bool { contains(Array(lower.utf8), personalBytes) }

    /// The ask of a (lower-cased, space-padded) text's UTF-8 bytes by its cue words; the first kind that matches wins.
    static func ask(of lower: [UInt8]) -> Ask {
        if contains(lower, comparisonBytes) { return .comparison }
        if contains(lower, stepsBytes) { return .steps }
        if contains(lower, remediesBytes) { return .remedies }
        if contains(lower, choiceBytes) { return .choice }
        if contains(lower, kindsBytes) { return .kinds }
        return .general
    }

    /// `combinedSplit` on the bytes of lower-cased, space-padded ASCII text: an offset instead of an index.
    static func combinedSplit(_ lower: [UInt8]) -> Int? {
        guard definitionBytes.contains(where: { ASCIIText.hasPrefix(lower, $0) }) else { return nil }
        for separator in [", and ", " and ", "? "] {
            if let at = firstOffset(of: Array(separator.utf8), in: lower) { return at }
        }
        return nil
    }

    static func firstOffset(of pattern: [UInt8], in text: [UInt8]) -> Int? {
        guard pattern.count <= text.count else { return nil }
        for i in 0...(text.count - pattern.count) where text[i] == pattern[0] && text[i..<(i + pattern.count)].elementsEqual(pattern) {
            return i
        }
        return nil
    }

    /// Where the second clause of "What is X, and how ...?" starts, when the question opens as a definition.
    static func combinedSplit(_ lower: String) -> String.Index? {
        guard definitionOpenings.contains(where: { lower.hasPrefix($0) }) else { return nil }
        return (lower.firstRange(of: ", and ") ?? lower.firstRange(of: " and ") ?? lower.firstRange(of: "? "))?.lowerBound
    }
}
