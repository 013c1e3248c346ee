import Corpus

/// Grades a typed answer by the claims it makes: which of the card's key points it states.
///
/// A key point counts as made when one of its patterns matches inside a sentence that states
/// something (a verb, not a list of terms: see `SentenceShape`), after normalisation (case,
/// punctuation, Unicode), stop-word removal, light stemming and synonym merging, and the match is
/// not negated in its clause ("does not reduce overfitting"). Terms named only outside statements
/// count `unstatedCredit` of their weight. The score is the weighted share of points made.
///
/// Stated errors cost: a misconception, the opposite of a key point (its `inverse` patterns:
/// inverted relations and swapped roles such as "the decoder compresses") or a denied key point
/// multiply the score by `misconceptionFactor` or `contradictionFactor` and cap it at `errorCap`
/// (at most Hard). An answer with no statement at all is capped there too. `SuggestedRating`
/// maps the score to Again/Hard/Good/Easy; `explanation` says why in one line.
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
    /// Score multiplier per key point the answer denies or inverts.
    public static let contradictionFactor = 0.8
    /// The highest score of an answer that states an error or states nothing: below Good, so at most Hard.
    public static let errorCap = 0.45
    /// The share of a key point's weight earned when its terms appear only outside statements.
    public static let unstatedCredit = 0.5
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
        func words(_ positions: [Int]) -> [String] { Array(Set(positions)).sorted().map { text.surfaces[$0] } }

        var hits: [KeyPointHit] = []
        var missed: [String] = []
        var unstated: [String] = []
        var contradicted: [String] = []
        var errors: [StatedError] = []
        var total = 0.0, made = 0.0
        for (point, patterns, inverse) in prepared.points {
            total += point.weight
            // The opposite stated in one clause: an inverted relation or swapped roles.
            var inverted: [Int]? = nil
            for pattern in inverse {
                if case .present(let p) = pattern.match(text, index, statementsOnly: true) { inverted = p; break }
            }
            if let inverted {
                missed.append(point.text)
                contradicted.append(point.text)
                errors.append(StatedError(kind: .inverted, claim: point.text, matched: words(inverted)))
                continue
            }
            var denied: [Int]? = nil
            var stated: [Int]? = nil
            var named: [Int]? = nil
            for pattern in patterns {
                switch pattern.match(text, index, statementsOnly: true) {
                case .present(let p): stated = p
                case .negated(let p): if denied == nil { denied = p }
                case .absent: break
                }
                if stated != nil { break }
                if named == nil, case .present(let p) = pattern.match(text, index) { named = p }
            }
            if let stated {
                made += point.weight
                hits.append(KeyPointHit(point: point.text, matched: words(stated), weight: point.weight))
            } else if let denied {
                missed.append(point.text)
                contradicted.append(point.text)
                errors.append(StatedError(kind: .negated, claim: point.text, matched: words(denied)))
            } else {
                missed.append(point.text)
                if named != nil {
                    made += point.weight * Grader.unstatedCredit
                    unstated.append(point.text)
                }
            }
        }
        var misconceptions: [String] = []
        for (label, pattern) in prepared.misconceptions {
            if case .present(let p) = pattern.match(text, index, statementsOnly: true) {
                misconceptions.append(label)
                errors.append(StatedError(kind: .misconception, claim: label, matched: words(p)))
            }
        }
        var score = total > 0 ? made / total : 0
        for _ in misconceptions { score *= Grader.misconceptionFactor }
        for _ in contradicted { score *= Grader.contradictionFactor }
        var explanation: String
        if !text.hasStatement {
            explanation = text.shapes.isEmpty ? "empty answer" : SentenceShape.reason(text.shapes)
            if score > Grader.errorCap { explanation += "; capped at Hard" }
            score = min(score, Grader.errorCap)
        } else if !errors.isEmpty {
            let named = errors.map { "\($0.kind == .misconception ? "misconception" : $0.kind == .inverted ? "states the opposite of" : "denies"): \($0.claim) [\($0.matched.joined(separator: " "))]" }
            explanation = "stated error, at most Hard: " + named.joined(separator: "; ")
            score = min(score, Grader.errorCap)
        } else {
            explanation = "states \(hits.count) of \(prepared.points.count) key points"
            if !unstated.isEmpty { explanation += "; \(unstated.count) only named, not stated (half credit)" }
        }
        score = min(1, max(0, score))
        return GradeResult(
            card: card.id, score: score, rating: SuggestedRating(score: score).rawValue, autoGraded: true,
            hit: hits, missed: missed, misconceptions: misconceptions, contradicted: contradicted,
            unstated: unstated, errors: errors, explanation: explanation)
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
            missed: matched.isEmpty ? [point] : [], method: "overlap",
            explanation: "no key points for this card: graded by shared words with the reference answer")
    }
}
