/// How one sentence of an answer reads: a statement (it claims something), or words without a claim.
///
/// Key points only count as stated inside statements; a list of the right terms, a pile of fragments
/// or noun phrases with no verb earn at most Hard (see `Grader`). The test is deliberately simple and
/// fast: a sentence is a statement when it has a predicate (see `PredicateWords`) and is not a run of
/// content words with almost no function words between them (a salad with one verb thrown in).
enum SentenceShape: Sendable, Equatable {
    case statement
    /// Many content words with (almost) no function words, or comma-separated short items.
    case list
    /// A few words (three or fewer) without a verb: "Regularisation." "At inference."
    case fragment
    /// Longer phrases with function words but no verb: "the output of the last layer".
    case phrase

    /// Sentences this long or longer must have some function words to count as statements.
    static let saladLength = 9
    /// The least share of function words (and verbs) a long statement has.
    static let minFunctionShare = 0.12

    /// Classifies the raw (lower-cased, unstemmed) words of one sentence; "=" marks a ":" or "=" link.
    static func classify(_ words: [String], clauses: [Int32]) -> SentenceShape {
        var predicate = false
        var linked = false
        var function = 0
        var n = 0
        var previous = "", beforePrevious = ""
        for (i, w) in words.enumerated() {
            if w == "=" {
                if i > 0 && i < words.count - 1 { linked = true; function += 1 }
                continue
            }
            n += 1
            var isVerb = false
            if PredicateWords.auxiliaries.contains(w) {
                isVerb = true
            } else if PredicateWords.isInflectedVerb(w) {
                // "updates", "outputs": verbs after a subject, an adverb, or a singular noun that opens
                // the sentence or follows a determiner ("Adam updates", "the linear unit returns").
                let singularNoun = !previous.isEmpty && !previous.hasSuffix("s") && !PredicateWords.function.contains(previous)
                isVerb = !PredicateWords.ambiguousS.contains(w) || PredicateWords.subjects.contains(previous)
                    || previous.hasSuffix("ly")
                    || (singularNoun && (n == 2 || PredicateWords.determiners.contains(beforePrevious)
                        || (!predicate && PredicateWords.determiners.contains(words[0]))))
            } else if PredicateWords.verbs.contains(w) {
                let afterSubject = PredicateWords.subjects.contains(previous)
                let afterPlural = PredicateWords.plainVerbs.contains(w) && previous.count > 3 && previous.hasSuffix("s")
                    && !previous.hasSuffix("ss") && !PredicateWords.function.contains(previous)
                let imperative = n == 1 && words.count >= 2
                isVerb = afterSubject || afterPlural || imperative
            }
            if isVerb { predicate = true; function += 1 } else if PredicateWords.function.contains(w) { function += 1 }
            beforePrevious = previous
            previous = w
        }
        // Comma lists: most words sit in short clauses.
        var sizes: [Int32: Int] = [:]
        var worded = Set<Int32>()  // clauses with a real word, so "max(0, x)" is not a list of "0" and "x"
        for (w, c) in zip(words, clauses) where w != "=" {
            sizes[c, default: 0] += 1
            if w.utf8.count >= 3 { worded.insert(c) }
        }
        let short = sizes.filter { $0.value <= 3 && worded.contains($0.key) }.count
        let commaList = short >= 3 && short * 2 >= sizes.count
        // "ReLU: max(0, x)" states something; "dropout: training, inference, overfitting" is a list.
        if linked && !predicate && !commaList { predicate = true }
        if predicate {
            if n >= saladLength && Double(function) / Double(n) < minFunctionShare { return .list }
            return .statement
        }
        if n <= 3 { return .fragment }
        if commaList { return .list }
        if Double(function) / Double(n) < 0.15 { return .list }
        return .phrase
    }

    /// Why an answer without any statement earns no more than Hard, for the result's explanation.
    static func reason(_ shapes: [SentenceShape]) -> String {
        if shapes.contains(.list) { return "no statement found: a list of terms" }
        if shapes.allSatisfy({ $0 == .fragment }) { return "no statement found: only fragments" }
        return "no statement found: noun phrases without a verb"
    }
}
