import Corpus

/// The one place import asks "are these two questions one card?": the deck's duplicate rules
/// (Corpus `DuplicateRules`, README "The deck"), on questions known by their position in one list.
///
/// A pair is one card when no rule keeps it apart (personal vs concept, comparison sets, comparison vs
/// definition, remedies-only, narrower focus: Corpus's `DuplicateRules.ruleOut`) and its IDF-weighted
/// similarity reaches the threshold. Import adds two readings of the rules that the reviewed built-in
/// deck does not need, as files it has never seen do:
/// - **Other subject** (the rules' first sentence: neither needs knowledge the other does not): when each
///   question names a content word the other lacks, beyond aspect words ("how it works", "benefits") and
///   the names of its subjects, they are about different things: "Which method prepends an item to a
///   list?" is not "Which method appends an item to a list?", however alike the rest.
/// - **Opposites**: "anti-", "non-", "counter-", "contra-" in one question only ("anti-commutator" is not
///   "commutator").
/// - **Narrower focus** (rule 5) for words the lexicon does not know: when one question's own words beyond
///   the other's are at least as many as the words they share (and at least two), it asks about more.
/// - **One technique** (rule 2): two general questions about the same single technique or component
///   that say nothing else ("What is dropout?", "How do dropout layers help prevent overfitting?") are
///   one card even when their wording is less similar than the threshold.
/// `DuplicateIndex` asks only about the candidates its term index proposes, so import stays
/// non-quadratic; a question's shape (what it asks, about which concepts) is read once, when first needed.
/// Joining a card needs more than one good pair: cards are cliques (`joins`).
public struct DuplicateRule {
    /// Questions at least this similar, with no rule against them, are one card (the corpus build's).
    public static let threshold = DuplicateRules.defaultThreshold

    public let rules: DuplicateRules
    let questions: [String]
    let shapes: ShapeCache

    /// Each question's `QuestionTerms.terms`, read once.
    let termLists: [[String]]

    public init(questions: [String]) { self.init(questions: questions, termLists: questions.map(QuestionTerms.terms)) }

    /// `termLists[i]` is `QuestionTerms.terms(questions[i])`.
    init(questions: [String], termLists: [[String]]) {
        self.questions = questions
        self.termLists = termLists
        rules = DuplicateRules(termLists: termLists, threshold: Self.threshold)
        shapes = ShapeCache(count: questions.count)
    }

    /// How questions `a` and `b` are related under the duplicate rules.
    public func verdict(_ a: Int, _ b: Int) -> Verdict {
        let s = min(1, rules.similarity(a, b))
        let (x, y) = (shape(a), shape(b))
        if let ruled = DuplicateRules.ruleOut(x, y) { return ruled }
        if sameTechnique(a, b) { return .same(similarity: s) }
        if let other = otherSubject(a, b) { return other }
        return rules.verdict(x, y, similarity: s)
    }

    /// The score the index ranks by: the wording's similarity, or 0 when a rule keeps the two apart.
    /// It reaches `threshold` only when `verdict` is `.same` (rules are only read from there); the pairs
    /// that rule 2 alone makes one card are found by `isTechniqueQuestion` and a lower search threshold.
    public func similarity(_ a: Int, _ b: Int) -> Double {
        let s = min(1, rules.similarity(a, b))
        guard s >= rules.threshold else { return s }
        return verdict(a, b).isSame ? s : 0
    }

    /// Rule 2: both ask in general about the same one technique or component (not a problem) and say
    /// nothing beyond its names, the problem it serves and aspect words.
    public func sameTechnique(_ a: Int, _ b: Int) -> Bool {
        isTechniqueQuestion(a) && isTechniqueQuestion(b) && shape(a).subjects == shape(b).subjects
    }

    /// A general question about one technique or component, with no other content word.
    public func isTechniqueQuestion(_ i: Int) -> Bool {
        let r = reading(i), s = r.shape
        guard r.terms.count <= Self.techniqueTerms else { return false }
        guard !s.isPersonal, s.ask == .general, s.subjects.count == 1, let id = s.subjects.first,
              ConceptLexicon.concept(id)?.kind == .thing else { return false }
        return reading(i).leftover.isEmpty
    }

    /// At most this many content terms: a technique question is short. The cheap test import makes
    /// before reading a question's shape (`mayBeTechniqueQuestion`).
    static let techniqueTerms = 6

    /// False for most questions, without reading their shape: too many content terms.
    public func mayBeTechniqueQuestion(_ i: Int) -> Bool {
        termLists[i].count <= Self.techniqueTerms && isTechniqueQuestion(i)
    }

    /// Rule "other subject": each question has a content word the other lacks (see the type's notes).
    func otherSubject(_ a: Int, _ b: Int) -> Verdict? {
        let (ra, rb) = (reading(a), reading(b))
        let (la, lb, ta, tb) = (ra.leftover, rb.leftover, ra.terms, rb.terms)
        // The same words about other formulas ("What does $[A,B]$ mean?" / "What does $\set{A,B}$ mean?").
        if !ra.formulas.isEmpty, !rb.formulas.isEmpty, ra.formulas != rb.formulas {
            return .ruledOut(.otherSubject, why: "they ask about different formulas")
        }
        // A word that turns the next into its opposite ("anti-commutator", "non-linear") in one question only.
        if let flip = Self.oppositePrefixes.first(where: { ta.contains($0) != tb.contains($0) }) {
            return .ruledOut(.otherSubject, why: "only one says '\(flip)'")
        }
        // Counted first, named only for a pair the rule keeps apart (most pairs it does not).
        let onlyA = la.count { !tb.contains($0) }, onlyB = lb.count { !ta.contains($0) }
        func own(_ l: Set<String>, _ other: Set<String>) -> [String] { l.filter { !other.contains($0) }.sorted() }
        if onlyA > 0, onlyB > 0 {
            let (x, y) = (own(la, tb)[0], own(lb, ta)[0])
            return .ruledOut(.otherSubject, why: "each asks about something the other does not ('\(x)', '\(y)')")
        }
        // A compound's new head: "What is a Docker image tag?" asks about a tag, not about an image.
        if onlyA + onlyB == 1 {
            let (longer, other) = onlyA == 1 ? (a, tb) : (b, ta)
            let word = onlyA == 1 ? own(la, tb)[0] : own(lb, ta)[0]
            if Self.endsCompound(questions[longer], extra: word, shared: other) {
                return .ruledOut(.narrowerFocus, why: "one asks about a '\(word)' of what the other asks about")
            }
        }
        // Narrower focus: one asks about as much again as the two share ("docker kill $(docker ps -q)" is not
        // "docker ps"); one extra word ("…and why does it help?") is still the same card.
        let extra = max(onlyA, onlyB)
        guard extra >= 2, extra >= ta.count(where: tb.contains) else { return nil }
        let words = onlyA >= onlyB ? own(la, tb) : own(lb, ta)
        return .ruledOut(.narrowerFocus, why: "one also asks about " + words.prefix(3).map { "'\($0)'" }.joined(separator: ", "))
    }

    /// The question's one extra term `extra` is its last word and follows a word of `shared` (the other
    /// question's terms): a compound with a new head noun ("Docker image tag" after "Docker image"). An
    /// adverb ("What is dropout exactly?") or a clause ("…and why does it matter?") is not one.
    static func endsCompound(_ question: String, extra: String, shared: Set<String>) -> Bool {
        guard let (previous, last) = lastTwoWords(question), !last.hasSuffix("ly"), terms(last) == [extra] else { return false }
        let before = terms(previous)
        return before.count == 1 && shared.contains(before.first!)
    }

    /// The question's last two words, lower-cased (runs of letters and digits): over the bytes from the
    /// end for ASCII text (a tenth of importing 50,000 rows split every candidate's whole question).
    static func lastTwoWords(_ question: String) -> (String, String)? {
        let b = Array(question.utf8)
        guard b.allSatisfy({ $0 < 0x80 }) else {
            let words = question.lowercased().split { !($0.isLetter || $0.isNumber) }
            return words.count >= 2 ? (String(words[words.count - 2]), String(words[words.count - 1])) : nil
        }
        func isWord(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 }
        var end = b.count
        func word() -> String? {
            while end > 0, !isWord(b[end - 1]) { end -= 1 }
            var start = end
            while start > 0, isWord(b[start - 1]) { start -= 1 }
            guard start < end else { return nil }
            defer { end = start }
            return String(decoding: b[start..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        guard let last = word(), let previous = word() else { return nil }
        return (previous, last)
    }

    /// The `$…$` / `$$…$$` spans of a question, spaces removed (one scan; none without a "$").
    static func formulas(_ question: String) -> [String] {
        guard question.utf8.contains(UInt8(ascii: "$")) else { return [] }
        var spans: [String] = [], current: [UInt8] = [], inside = false
        for b in question.utf8 {
            if b == UInt8(ascii: "$") {
                // A "$" ends a span that has text; an empty one ("$$") stays open; outside, it opens one.
                if !inside {
                    inside = true
                } else if !current.isEmpty {
                    spans.append(String(decoding: current, as: UTF8.self))
                    current = []
                    inside = false
                }
            } else if inside, b != UInt8(ascii: " ") {
                current.append(b)
            }
        }
        return spans
    }

    /// Words that make the next one its opposite when written apart or hyphenated ("anti-commutator").
    static let oppositePrefixes = ["anti", "non", "counter", "contra"]

    /// Content terms, with the remedy verbs read as one word ("prevent" and "avoid" ask the same).
    static func terms(_ question: String) -> Set<String> { terms(QuestionTerms.terms(question)) }

    static func terms(_ termList: [String]) -> Set<String> {
        Set(termList.map { t in remedyStems.contains { t.hasPrefix($0) } ? "remedy" : t })
    }

    /// The content terms that are neither a name of one of its subjects, a problem, a broad field, nor
    /// an aspect word.
    static func leftover(_ terms: Set<String>, _ shape: QuestionShape) -> Set<String> {
        var named = Set<String>()
        for id in shape.subjects { for name in ConceptLexicon.concept(id)?.names ?? [] { named.formUnion(name) } }
        return terms.filter { t in !named.contains(t) && !contextWords.contains(t) && !aspectStems.contains { t.hasPrefix($0) } }
    }

    func reading(_ i: Int) -> ShapeCache.Reading {
        shapes.reading(i) {
            let shape = QuestionShape(questions[i]), terms = Self.terms(termLists[i])
            return ShapeCache.Reading(shape: shape, terms: terms, leftover: Self.leftover(terms, shape),
                                      formulas: Self.formulas(questions[i]))
        }
    }

    /// What a technique card covers anyway (rule 2): what it is, how it works, why, benefits, when.
    static let aspectStems = ["remedy", "layer", "technique", "method", "benefit", "advantag", "work", "appl", "need",
                              "reason", "idea", "intuition", "mechanism", "defin", "signific", "role", "effect"]
    static let remedyStems = ["prevent", "avoid", "address", "mitigat", "tackl", "combat", "overcom", "reduc"]
    /// Words of problems and broad fields: the context or purpose of a technique, not a second subject.
    static let contextWords: Set<String> = {
        var words = Set<String>()
        for c in ConceptLexicon.concepts where c.kind != .thing { for n in c.names { words.formUnion(n) } }
        return words
    }()

    /// The wording's similarity alone, rules aside (what a report shows for a merge by id).
    public func wordingSimilarity(_ a: Int, _ b: Int) -> Double { min(1, rules.similarity(a, b)) }

    /// Whether question `i` may join the card whose questions are `members`: no rule may keep it apart
    /// from any of them (rule 7, no chaining), and it must be similar enough to one of them.
    public func joins(_ i: Int, card members: [Int]) -> Bool {
        var similar = false
        for m in members {
            switch verdict(i, m) {
            case .ruledOut: return false
            case .same: similar = true
            case .notSimilar: break
            }
        }
        return similar
    }

    func shape(_ i: Int) -> QuestionShape { reading(i).shape }

    /// A question about the candidate's own experience (rule 6), as `QuestionShape` reads it (only its
    /// personal cues are read).
    public static func isPersonal(_ question: String) -> Bool {
        QuestionShape.isPersonal(question: question)
    }
}
