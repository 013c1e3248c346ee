import Corpus

/// A card with its key points and misconceptions compiled to patterns, ready to grade many answers.
public struct PreparedCard: Sendable {
    public let card: Card
    let points: [(point: KeyPoint, patterns: [Pattern], inverse: [Pattern])]
    let misconceptions: [(label: String, pattern: Pattern)]
    /// For cards without key points: the reference answer's content words not already in the question.
    let referenceWords: Set<String>

    init(_ card: Card, analyzer: TextAnalyzer) {
        self.card = card
        points = card.keyPoints.map { kp in
            (point: kp, patterns: kp.terms.map { Pattern($0, analyzer: analyzer) },
             inverse: kp.inverse.map { Pattern($0, analyzer: analyzer, sameClause: true) })
        }
        misconceptions = card.misconceptions.map { entry in
            let source = entry.firstRange(of: " :: ").map { String(entry[$0.upperBound...]) } ?? entry
            return (label: misconceptionLabel(entry), pattern: Pattern(source, analyzer: analyzer, sameClause: true))
        }
        if card.keyPoints.isEmpty {
            let questionWords = Set(analyzer.analyze(card.question).tokens)
            referenceWords = Set(analyzer.analyze(card.answer).tokens).subtracting(questionWords).subtracting(["not"])
        } else {
            referenceWords = []
        }
    }

    /// Patterns that cannot match as written (a part made only of stop words): for curation checks.
    public var degeneratePatterns: [String] {
        points.flatMap { ($0.patterns + $0.inverse).filter(\.isDegenerate).map(\.source) }
            + misconceptions.filter { $0.pattern.isDegenerate }.map(\.pattern.source)
    }
}
