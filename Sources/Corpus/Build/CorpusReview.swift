/// What a reviewer checks after a build: each card's source questions, the pairs inside a card that a
/// duplicate rule would keep apart, and the most similar pairs of questions on different cards.
public struct CorpusReview: Sendable {
    public struct Pair: Sendable {
        public var a: Source
        public var b: Source
        public var cardA: String
        public var cardB: String
        public var verdict: Verdict
        public var similarity: Double
    }

    /// Pairs inside one card that a rule keeps apart: each needs a reviewer's reason (a curation merge).
    public var ruledOutInsideCards: [Pair] = []
    /// Pairs on different cards, most similar first.
    public var nearMisses: [Pair] = []

    public init(_ result: CorpusBuilder.Result, threshold: Double, nearMisses limit: Int = 40) {
        let rules = DuplicateRules(questions: result.raw.map(\.question), threshold: threshold)
        var position: [Source: Int] = [:]
        for (i, q) in result.raw.enumerated() { position[q.source] = i }
        var card: [Int: String] = [:]
        for c in result.deck.cards { for s in c.sources { if let i = position[s] { card[i] = c.id } } }
        let shapes = result.raw.map { QuestionShape($0.question) }
        var near: [Pair] = []
        for a in 0..<result.raw.count {
            for b in (a + 1)..<result.raw.count {
                let s = rules.similarityIndex.similarity(a, b)
                let verdict = DuplicateRules.ruleOut(shapes[a], shapes[b]) ?? (s >= threshold ? .same(similarity: s) : .notSimilar(similarity: s))
                let pair = Pair(a: result.raw[a].source, b: result.raw[b].source, cardA: card[a] ?? "?", cardB: card[b] ?? "?",
                                verdict: verdict, similarity: s)
                if card[a] == card[b] {
                    if verdict.rule != nil { ruledOutInsideCards.append(pair) }
                } else {
                    near.append(pair)
                }
            }
        }
        nearMisses = Array(near.sorted { $0.similarity > $1.similarity }.prefix(limit))
    }

    /// The review as text: cards with their questions and how the rules read them, then the pairs.
    public static func text(_ result: CorpusBuilder.Result, review: CorpusReview) -> String {
        var question: [Source: String] = [:]
        for q in result.raw { question[q.source] = q.question }
        func describe(_ s: Source) -> String {
            let q = question[s] ?? ""
            let shape = QuestionShape(q)
            let subjects = shape.subjects.sorted().joined(separator: ", ")
            return "\(CorpusBuilder.key(s))  \(q)  [\(shape.isPersonal ? "personal " : "")\(shape.ask.rawValue): \(subjects)]"
        }
        var out = ""
        for c in result.deck.cards {
            out += "\(c.id)\n"
            for s in c.sources { out += "    \(describe(s))\n" }
        }
        out += "\nRuled out inside a card (\(review.ruledOutInsideCards.count)):\n"
        for p in review.ruledOutInsideCards { out += line(p, describe) }
        out += "\nMost similar pairs on different cards:\n"
        for p in review.nearMisses { out += line(p, describe) }
        return out
    }

    static func line(_ p: Pair, _ describe: (Source) -> String) -> String {
        let verdict: String
        switch p.verdict {
        case .same: verdict = "rules allow, similar"
        case .notSimilar: verdict = "rules allow, not similar enough"
        case .ruledOut(let rule, let why): verdict = "rule \(rule.rawValue): \(why)"
        }
        let s = (p.similarity * 100).rounded() / 100
        return "  \(s)  \(p.cardA) | \(p.cardB)  (\(verdict))\n      \(describe(p.a))\n      \(describe(p.b))\n"
    }
}
