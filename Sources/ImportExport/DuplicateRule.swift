import Corpus

/// The one place import asks "are these two questions one card?".
///
/// Today it is the corpus build's `QuestionSimilarity` (IDF-weighted cosine of `QuestionTerms`) with the
/// build's threshold, plus the deck-quality rule that personal questions merge only with personal ones.
/// When the corpus gains the deck-quality duplicate rules as an API, `similarity` is the function to
/// switch over; `DuplicateIndex` only uses it on the candidates its term index proposes.
public struct DuplicateRule {
    /// Questions at least this similar are one card (the corpus build's default threshold).
    public static let threshold = 0.6

    let similarity: QuestionSimilarity
    let questions: [String]
    let personal: [Bool]

    public init(questions: [String]) {
        self.questions = questions
        similarity = QuestionSimilarity(questions: questions)
        personal = questions.map(Self.isPersonal)
    }

    /// How alike questions `a` and `b` are, 0 to 1; at least `threshold` means one card.
    public func similarity(_ a: Int, _ b: Int) -> Double {
        if personal[a] != personal[b] { return 0 }
        return min(1, similarity.similarity(a, b))
    }

    /// A question about the candidate's own experience.
    /// Plain substring tests, not a regex: a Swift regex literal is parsed again on every call, and this
    /// runs once per imported question.
    public static func isPersonal(_ question: String) -> Bool {
        let q = question.lowercased()
        guard q.contains("you") else { return false }
        return personalPhrases.contains { q.contains($0) }
    }

    static let personalPhrases = [
        "your experience", "your own experience", "have you used", "have you ever used", "have you worked",
        "have you ever worked", "have you built", "have you deployed", "you have used", "tell me about a time",
        "tell me about yourself",
    ]
}
