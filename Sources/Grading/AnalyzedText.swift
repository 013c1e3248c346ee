/// A text reduced to content tokens: stemmed, synonyms merged, stop words gone, negations as "not".
///
/// Positions index `tokens`; `surfaces` keeps the words as written (lower-cased) so results can
/// quote them; `sentence` and `clause` number the spans between punctuation, for phrase and
/// negation scope.
struct AnalyzedText: Sendable {
    var tokens: [String] = []
    var surfaces: [String] = []
    var sentence: [Int32] = []
    var clause: [Int32] = []
    /// Like `clause`, but "and" only starts a new claim when a new subject follows ("and the decoder ..."),
    /// so "bias comes from X and leads to overfitting" is one claim, for role and inverse patterns.
    var claim: [Int32] = []
    /// By sentence number: does that sentence state something (see `SentenceShape`)?
    var statement: [Bool] = []
    /// The shape of each non-empty sentence, in order.
    var shapes: [SentenceShape] = []

    var hasStatement: Bool { shapes.contains(.statement) }

    /// Whether the token at `position` lies in a statement.
    @inline(__always) func stated(_ position: Int) -> Bool {
        let s = Int(sentence[position])
        return s < statement.count && statement[s]
    }

    /// Fills `statement` and `shapes` from the raw words (stop words included).
    mutating func classifySentences(_ raw: [(word: String, sentence: Int32, clause: Int32)]) {
        guard let last = raw.last else { return }
        statement = Array(repeating: false, count: Int(last.sentence) + 1)
        var start = 0
        while start < raw.count {
            var end = start
            while end < raw.count, raw[end].sentence == raw[start].sentence { end += 1 }
            let slice = raw[start..<end]
            if slice.contains(where: { $0.word != "=" }) {
                let shape = SentenceShape.classify(slice.map(\.word), clauses: slice.map(\.clause))
                shapes.append(shape)
                statement[Int(raw[start].sentence)] = shape == .statement
            }
            start = end
        }
    }

    var count: Int { tokens.count }

    /// Every position of each token, for matching.
    func positions() -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        index.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() { index[t, default: []].append(i) }
        return index
    }
}
