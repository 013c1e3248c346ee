/// The deck's duplicate rules as code: when are two questions one card?
///
/// Two questions are one card when one normal-length model answer fully answers both (README, "The deck").
/// The parts of that test that can be written as code are here: personal vs concept (rule 6), comparison
/// sets and comparison vs definition (rule 4), remedies-only questions (rule 3), and narrower focus
/// (rule 5: other subjects, or asking how to choose, which kinds, which steps). What is left is judged
/// by wording: IDF-weighted similarity at or above `threshold`. Cards are cliques (rule 7): a question
/// joins a card only when it passes against every question already there (`joins`).
///
/// The corpus build and `dlquiz import` both use this type:
///
///     let rules = DuplicateRules(questions: allQuestions)
///     rules.sameCard("What is dropout?", "Explain dropout.")          // .same(similarity: 1.0)
///     rules.sameCard("What is dropout?", "How does BN differ from dropout?")
///                                                                      // .ruledOut(.comparisonSet, ...)
public struct DuplicateRules: Sendable {
    public static let defaultThreshold = 0.6
    public let threshold: Double
    let similarityIndex: QuestionSimilarity

    /// `questions` give the IDF weights: pass every question in play (the deck's and the new ones).
    public init(questions: [String], threshold: Double = DuplicateRules.defaultThreshold) {
        self.threshold = threshold
        similarityIndex = QuestionSimilarity(questions: questions)
    }

    /// The same, from each question's `QuestionTerms.terms` (import reads them once for several uses).
    public init(termLists: [[String]], threshold: Double = DuplicateRules.defaultThreshold) {
        self.threshold = threshold
        similarityIndex = QuestionSimilarity(termLists: termLists)
    }

    /// IDF-weighted cosine similarity of the two questions' content terms, 0 to 1.
    public func similarity(_ a: String, _ b: String) -> Double { similarityIndex.similarity(a, b) }

    /// The similarity of the questions at positions `a` and `b` of those given at creation, from the
    /// vectors built once (import compares tens of thousands of questions by position).
    public func similarity(_ a: Int, _ b: Int) -> Double { similarityIndex.similarity(a, b) }

    /// The verdict for two questions whose similarity is already known (e.g. by position).
    public func verdict(_ a: QuestionShape, _ b: QuestionShape, similarity s: Double) -> Verdict {
        if let ruled = Self.ruleOut(a, b) { return ruled }
        return s >= threshold ? .same(similarity: s) : .notSimilar(similarity: s)
    }

    /// The verdict for two questions.
    public func sameCard(_ a: String, _ b: String) -> Verdict {
        sameCard(QuestionShape(a), QuestionShape(b))
    }

    public func sameCard(_ a: QuestionShape, _ b: QuestionShape) -> Verdict {
        if let ruled = Self.ruleOut(a, b) { return ruled }
        let s = similarity(a.text, b.text)
        return s >= threshold ? .same(similarity: s) : .notSimilar(similarity: s)
    }

    /// Whether `question` may join a card holding `members`: no rule may keep it apart from any of them
    /// (cards are cliques), and it must be similar enough to at least one.
    public func joins(_ question: String, card members: [String]) -> Bool {
        let shape = QuestionShape(question)
        var similar = false
        for m in members {
            switch sameCard(shape, QuestionShape(m)) {
            case .ruledOut: return false
            case .same: similar = true
            case .notSimilar: break
            }
        }
        return similar
    }

    /// The rule that keeps two questions apart, if any, whatever their similarity.
    public static func ruleOut(_ a: QuestionShape, _ b: QuestionShape) -> Verdict? {
        if a.isPersonal != b.isPersonal {
            return .ruledOut(.personal, why: "one question is personal, the other is not")
        }
        if a.isPersonal { return nil }
        if (a.ask == .comparison) != (b.ask == .comparison) {
            return .ruledOut(.comparisonSet, why: "a comparison is not a definition")
        }
        let known = !a.subjects.isEmpty && !b.subjects.isEmpty
        if a.ask == .comparison {
            if known, a.subjects != b.subjects {
                return .ruledOut(.comparisonSet, why: "they compare \(list(a.subjects)) and \(list(b.subjects))")
            }
            return nil
        }
        if (a.ask == .remedies) != (b.ask == .remedies) {
            return .ruledOut(.remediesOnly, why: "only one asks for remedies")
        }
        if a.ask != b.ask {
            return .ruledOut(.narrowerFocus, why: "one asks \(a.ask.rawValue), the other \(b.ask.rawValue)")
        }
        if known, a.subjects != b.subjects {
            return .ruledOut(.narrowerFocus, why: "they are about \(list(a.subjects)) and \(list(b.subjects))")
        }
        return nil
    }

    static func list(_ s: Set<String>) -> String { "{" + s.sorted().joined(separator: ", ") + "}" }
}
