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

    var count: Int { tokens.count }

    /// Every position of each token, for matching.
    func positions() -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        index.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() { index[t, default: []].append(i) }
        return index
    }
}
