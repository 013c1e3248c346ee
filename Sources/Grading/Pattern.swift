/// A compiled key-point or misconception pattern (syntax in `KeyPoint`'s documentation).
///
/// `alternatives` are OR-ed; each is a list of parts that must all occur near each other;
/// each part is a list of phrases, any of which will do; each phrase is tokens in order.
struct Pattern: Sendable, Equatable {
    var source: String
    var alternatives: [[[[String]]]]
    /// Per alternative: written with ">" ("decoder > compress"), so its parts must occur in that order
    /// (who does what: the subject before its verb) within one claim; "+" in such an alternative is ordered too.
    var ordered: [Bool]
    /// Parts must share a claim (misconceptions, inverses: see `AnalyzedText.claim`) rather than only a sentence (key points).
    var sameClause: Bool

    /// How far apart (in content tokens) the parts of one alternative may lie; they must also share a sentence.
    static let window = 24
    /// How many other tokens may sit between two consecutive words of a phrase.
    static let phraseGap = 2
    /// How many tokens before a phrase a "not" still negates it (same clause only).
    static let negationReach = 4

    init(_ source: String, analyzer: TextAnalyzer, sameClause: Bool = false) {
        self.source = source
        self.sameClause = sameClause
        var alternatives: [[[[String]]]] = []
        var ordered: [Bool] = []
        for alternative in source.split(separator: "|") {
            var parts: [[[String]]] = []
            var complete = true
            let inOrder = alternative.contains(">")
            for part in alternative.split(whereSeparator: { inOrder ? ($0 == ">" || $0 == "+") : $0 == "+" }) {
                let phrases = part.split(separator: "/").map { Pattern.phraseTokens(String($0), analyzer) }.filter { !$0.isEmpty }
                if phrases.isEmpty { complete = false; break }
                parts.append(phrases)
            }
            if complete && !parts.isEmpty { alternatives.append(parts); ordered.append(inOrder) }
        }
        self.alternatives = alternatives
        self.ordered = ordered
    }

    /// A phrase's tokens; a word ending in "*" stays a literal prefix ("classif*" matches "classificat", "classifier").
    /// A word starting with "=" stays literal too and is compared with the answer's word as written
    /// ("=fix" matches "fix", "fixes", but not "avoid", which the lexicon merges with it).
    static func phraseTokens(_ phrase: String, _ analyzer: TextAnalyzer) -> [String] {
        guard phrase.contains("*") || phrase.contains("=") else { return analyzer.analyze(phrase).tokens }
        var tokens: [String] = []
        var pending = ""
        for word in phrase.split(separator: " ") {
            if (word.hasSuffix("*") || word.hasPrefix("=")), word.count > 1 {
                tokens += analyzer.analyze(pending).tokens
                pending = ""
                tokens.append(word.lowercased())
            } else {
                pending += " " + word
            }
        }
        return tokens + analyzer.analyze(pending).tokens
    }

    /// Does the answer's token satisfy the pattern's word (equal, or a "prefix*" it starts with)?
    @inline(__always)
    static func fits(_ token: String, _ word: String) -> Bool {
        if token == word { return true }
        guard word.utf8.last == 0x2A else { return false }
        return token.utf8.starts(with: word.utf8.dropLast())
    }

    /// `fits` for the token at `p`, with "=word" compared to the word as written.
    @inline(__always)
    static func fits(_ text: AnalyzedText, _ p: Int, _ word: String) -> Bool {
        if word.utf8.first == 0x3D { return text.surfaces[p].utf8.starts(with: word.utf8.dropFirst()) }
        return fits(text.tokens[p], word)
    }

    /// True when some alternative lost a part to stop words or is empty: a curation mistake.
    var isDegenerate: Bool {
        alternatives.isEmpty || alternatives.count != source.split(separator: "|").count
    }

    /// One place a phrase occurs.
    struct Occurrence {
        var start: Int
        var end: Int
        var negated: Bool
        /// The position of each word of the phrase.
        var positions: [Int]
    }

    /// The outcome of matching: the token positions that matched, and whether only negated forms matched.
    enum Outcome {
        case absent
        case present(positions: [Int])
        case negated(positions: [Int])
    }

    /// Matches the answer; with `statementsOnly`, only inside sentences that state something.
    func match(_ text: AnalyzedText, _ index: [String: [Int]], statementsOnly: Bool = false) -> Outcome {
        var negatedPositions: [Int]? = nil
        for (a, parts) in alternatives.enumerated() {
            var occurrences: [[Occurrence]] = []
            occurrences.reserveCapacity(parts.count)
            for phrases in parts {
                var found: [Occurrence] = []
                for phrase in phrases { Pattern.find(phrase, in: text, index, into: &found) }
                if statementsOnly { found.removeAll { !text.stated($0.start) } }
                if found.isEmpty { break }
                occurrences.append(found)
            }
            guard occurrences.count == parts.count else { continue }
            // "not + X" asks for X denied: the denied occurrences are exactly what it wants.
            let asksForDenial = parts.contains { $0.contains(["not"]) }
            let inOrder = ordered[a]
            if let positions = Pattern.combine(occurrences, allowNegated: asksForDenial, sameClause: sameClause || inOrder, ordered: inOrder, text) {
                return .present(positions: positions)
            }
            if negatedPositions == nil,
               let positions = Pattern.combine(occurrences, allowNegated: true, sameClause: sameClause || inOrder, ordered: inOrder, text) {
                negatedPositions = positions
            }
        }
        if let negatedPositions { return .negated(positions: negatedPositions) }
        return .absent
    }

    /// Occurrences of the phrase: its words in order, within one sentence, with small gaps.
    static func find(_ phrase: [String], in text: AnalyzedText, _ index: [String: [Int]], into found: inout [Occurrence]) {
        let starts: [Int]
        if phrase[0].utf8.last == 0x2A || phrase[0].utf8.first == 0x3D {
            starts = text.tokens.indices.filter { fits(text, $0, phrase[0]) }
        } else {
            guard let exact = index[phrase[0]] else { return }
            starts = exact
        }
        outer: for start in starts {
            var last = start
            var matched = [start]
            for word in phrase.dropFirst() {
                var next = -1
                var p = last + 1
                while p <= min(last + 1 + phraseGap, text.count - 1) {
                    if text.sentence[p] != text.sentence[start] { break }
                    if fits(text, p, word) { next = p; break }
                    p += 1
                }
                if next < 0 { continue outer }
                matched.append(next)
                last = next
            }
            let negated = isNegated(start: start, end: last, matched: matched, text)
            found.append(Occurrence(start: start, end: last, negated: negated, positions: matched))
        }
    }

    /// An odd number of "not" in the same clause, just before or inside the phrase (the phrase's own "not" excluded).
    static func isNegated(start: Int, end: Int, matched: [Int], _ text: AnalyzedText) -> Bool {
        var nots = 0
        var p = start - 1
        while p >= 0, p >= start - negationReach, text.clause[p] == text.clause[start] {
            // "without" negates its object only: "without a bias, the line passes through the origin".
            if text.tokens[p] == "not", text.surfaces[p] != "without" || start - p <= 2 { nots += 1 }
            p -= 1
        }
        if end > start {
            for q in (start + 1)..<end where text.tokens[q] == "not" && !matched.contains(q) { nots += 1 }
        }
        return nots % 2 == 1
    }

    /// Picks one occurrence per part so that all lie within `window`; returns the matched positions.
    static func combine(_ occurrences: [[Occurrence]], allowNegated: Bool, sameClause: Bool, ordered: Bool = false,
                        _ text: AnalyzedText) -> [Int]? {
        let usable = occurrences.map { list in allowNegated ? list : list.filter { !$0.negated } }
        if usable.contains(where: \.isEmpty) { return nil }
        if usable.count == 1 { return usable[0][0].positions }
        let scope = sameClause ? text.claim : text.sentence
        if ordered {
            // Each part after the previous one, in the same clause, the nearest such occurrence.
            anchors: for anchor in usable[0] {
                var chosen = [anchor]
                for list in usable.dropFirst() {
                    let previous = chosen.last!
                    guard let next = list.filter({ $0.start > previous.end && scope[$0.start] == scope[anchor.start] })
                        .min(by: { $0.start < $1.start }) else { continue anchors }
                    chosen.append(next)
                }
                if chosen.last!.end - anchor.start <= window { return chosen.flatMap(\.positions) }
            }
            return nil
        }
        // Other parts' occurrences by sentence (or clause), so each anchor only looks at its own.
        let others: [[Int32: [Occurrence]]] = usable.dropFirst().map { Dictionary(grouping: $0) { scope[$0.start] } }
        anchors: for anchor in usable[0] {
            var chosen = [anchor]
            let home = scope[anchor.start]
            for byScope in others {
                guard let nearest = byScope[home]?.min(by: { abs($0.start - anchor.start) < abs($1.start - anchor.start) }) else {
                    continue anchors
                }
                chosen.append(nearest)
            }
            let low = chosen.map(\.start).min()!, high = chosen.map(\.end).max()!
            if high - low <= window { return chosen.flatMap(\.positions) }
        }
        return nil
    }
}
