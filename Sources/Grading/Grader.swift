import Corpus

/// Grades a typed answer by what it says: which of the card's key points it makes.
///
/// The score is the weighted share of key points made, times 0.5 for each misconception the
/// answer states and 0.8 for each key point it explicitly denies. A point counts as made when
/// one of its patterns matches the answer after normalisation (case, punctuation, Unicode),
/// stop-word removal, light stemming and synonym/abbreviation merging, and the match is not
/// negated ("does not reduce overfitting"). `SuggestedRating` maps the score to Again/Hard/Good/Easy.
///
/// `personal` cards are never auto-graded. Cards without key points fall back to the share of
/// the reference answer's distinctive words present (`method: "overlap"`), a much weaker signal.
public struct Grader: Sendable {
    /// Built once per process: the lexicon is analysed on first use.
    static let sharedAnalyzer = TextAnalyzer()

    let analyzer: TextAnalyzer

    public init() { analyzer = Grader.sharedAnalyzer }

    /// Score multiplier per misconception stated.
    public static let misconceptionFactor = 0.5
    /// Score multiplier per key point the answer denies.
    public static let contradictionFactor = 0.8
    /// Overlap fallback: this many distinctive reference words count as a full answer.
    static let overlapFullCount = 8.0

    /// Compiles a card once, for grading many answers to it.
    public func prepare(_ card: Card) -> PreparedCard { PreparedCard(card, analyzer: analyzer) }

    public func grade(_ answer: String, for card: Card) -> GradeResult {
        grade(answer, prepared: prepare(card))
    }

    public func grade(_ answer: String, prepared: PreparedCard) -> GradeResult {
        let card = prepared.card
        guard card.kind == .concept else {
            return GradeResult(card: card.id, score: 0, rating: 0, autoGraded: false, method: "self")
        }
        let text = analyzer.analyze(answer)
        let index = text.positions()
        if prepared.points.isEmpty { return overlapGrade(text, prepared) }

        var hits: [KeyPointHit] = []
        var missed: [String] = []
        var contradicted: [String] = []
        var total = 0.0, made = 0.0
        for (point, patterns) in prepared.points {
            total += point.weight
            var denied = false
            var positions: [Int]? = nil
            for pattern in patterns {
                switch pattern.match(text, index) {
                case .present(let p): positions = p
                case .negated: denied = true
                case .absent: break
                }
                if positions != nil { break }
            }
            if let positions {
                made += point.weight
                let words = Array(Set(positions)).sorted().map { text.surfaces[$0] }
                hits.append(KeyPointHit(point: point.text, matched: words, weight: point.weight))
            } else {
                missed.append(point.text)
                if denied { contradicted.append(point.text) }
            }
        }
        var stated: [String] = []
        for (label, pattern) in prepared.misconceptions {
            if case .present = pattern.match(text, index) { stated.append(label) }
        }
        var score = total > 0 ? made / total : 0
        for _ in stated { score *= Grader.misconceptionFactor }
        for _ in contradicted { score *= Grader.contradictionFactor }
        score = min(1, max(0, score))
        return GradeResult(
            card: card.id, score: score, rating: SuggestedRating(score: score).rawValue, autoGraded: true,
            hit: hits, missed: missed, misconceptions: stated, contradicted: contradicted)
    }

    private func overlapGrade(_ text: AnalyzedText, _ prepared: PreparedCard) -> GradeResult {
        var matched: [String] = []
        var seen = Set<String>()
        for (i, t) in text.tokens.enumerated() where prepared.referenceWords.contains(t) && seen.insert(t).inserted {
            matched.append(text.surfaces[i])
        }
        let needed = min(Grader.overlapFullCount, Double(max(prepared.referenceWords.count, 1)))
        let score = min(1, Double(matched.count) / needed)
        let point = "words of the reference answer"
        return GradeResult(
            card: prepared.card.id, score: score, rating: SuggestedRating(score: score).rawValue, autoGraded: true,
            hit: matched.isEmpty ? [] : [KeyPointHit(point: point, matched: matched)],
            missed: matched.isEmpty ? [point] : [], method: "overlap")
    }
}
