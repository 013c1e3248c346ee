import JSONKit

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

    /// Each source's question and how the rules read it (for `text` and `json`).
    static func readings(_ result: CorpusBuilder.Result) -> (Source) -> (String, QuestionShape) {
        var question: [Source: String] = [:]
        for q in result.raw { question[q.source] = q.question }
        return { s in
            let q = question[s] ?? ""
            return (q, QuestionShape(q))
        }
    }

    /// The review as text: cards with their questions and how the rules read them, then the pairs.
    public static func text(_ result: CorpusBuilder.Result, review: CorpusReview) -> String {
        let reading = readings(result)
        func describe(_ s: Source) -> String {
            let (q, shape) = reading(s)
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

    /// The review as JSON, for a script that checks a curation: `cards` (each card's id and its source
    /// questions, with how the rules read each), `ruled_out_inside_cards` and `near_misses` (pairs with
    /// both questions, both cards, the similarity, and the number of the rule that keeps them apart with
    /// its reason, or null).
    public static func json(_ result: CorpusBuilder.Result, review: CorpusReview) -> JSON {
        let reading = readings(result)
        func describe(_ s: Source) -> JSON {
            let (q, shape) = reading(s)
            return ["source": .string(CorpusBuilder.key(s)), "question": .string(q), "ask": .string(shape.ask.rawValue),
                    "subjects": .array(shape.subjects.sorted().map(JSON.string)), "personal": .bool(shape.isPersonal)]
        }
        func pair(_ p: Pair) -> JSON {
            var why: JSON = .null
            var rule: JSON = .null
            if case .ruledOut(let r, let reason) = p.verdict { rule = .number(Double(r.rawValue)); why = .string(reason) }
            return ["similarity": .number((p.similarity * 1000).rounded() / 1000), "card_a": .string(p.cardA), "card_b": .string(p.cardB),
                    "a": describe(p.a), "b": describe(p.b), "rule": rule, "why": why]
        }
        let cards: [JSON] = result.deck.cards.map { c in ["id": .string(c.id), "questions": .array(c.sources.map(describe))] }
        return ["cards": .array(cards), "ruled_out_inside_cards": .array(review.ruledOutInsideCards.map(pair)),
                "near_misses": .array(review.nearMisses.map(pair))]
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
