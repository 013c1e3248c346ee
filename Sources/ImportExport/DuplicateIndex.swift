#if canImport(Glibc)
import Glibc
#endif
import Corpus

/// Finds, for one question, the most similar question among those added so far, without comparing
/// against all of them: an inverted index from content term to questions.
///
/// Candidates come from prefix filtering. With unit-length vectors, a question sharing none of the
/// query's heaviest terms whose weights hold all but a remainder r of the query's squared norm has a
/// cosine of at most r (Cauchy–Schwarz), so when r < threshold only questions sharing one of those
/// terms can reach it. The weights mirror `QuestionSimilarity` (IDF over the same question list); the
/// final score is `DuplicateRule.similarity`, asked only of candidates whose cosine from these weights
/// reaches the threshold (less a rounding margin): the rule is that cosine, so the answer is the same.
public struct DuplicateIndex {
    let rule: DuplicateRule
    /// Each question's terms, heaviest (rarest) first, with its normalised weight.
    let weighted: [[(term: Int, weight: Double)]]
    /// For each term, the added questions that have it and its weight in each.
    var postings: [[Int32]]
    var postingWeights: [[Double]]
    /// Scratch for one lookup: partial dot products, and which entries were touched.
    var scores: [Double]
    var touched: [Int32] = []
    /// Scratch: the query's weight of each term, so a candidate's full cosine costs one pass over its terms.
    var queryWeights: [Double]

    public init(questions: [String]) {
        let termLists = questions.map(QuestionTerms.terms)
        rule = DuplicateRule(questions: questions, termLists: termLists)
        var termIDs: [String: Int] = [:]
        var lists: [[Int]] = []
        lists.reserveCapacity(questions.count)
        for terms in termLists {
            var ids: [Int] = []
            for t in terms {
                if let id = termIDs[t] { ids.append(id) } else { let id = termIDs.count; termIDs[t] = id; ids.append(id) }
            }
            lists.append(ids)
        }
        var df = [Int](repeating: 0, count: termIDs.count)
        for ids in lists { for t in Set(ids) { df[t] += 1 } }
        let n = Double(max(questions.count, 1))
        weighted = lists.map { ids in
            var v: [Int: Double] = [:]
            for t in ids { v[t, default: 0] += log(1 + n / Double(df[t])) }
            let norm = sqrt(v.values.reduce(0) { $0 + $1 * $1 })
            return v.map { (term: $0.key, weight: norm > 0 ? $0.value / norm : 0) }
                .sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
        }
        postings = [[Int32]](repeating: [], count: termIDs.count)
        postingWeights = [[Double]](repeating: [], count: termIDs.count)
        scores = [Double](repeating: 0, count: questions.count)
        queryWeights = [Double](repeating: 0, count: termIDs.count)
    }

    /// Makes question `i` findable.
    public mutating func add(_ i: Int) {
        for (t, w) in weighted[i] {
            postings[t].append(Int32(i))
            postingWeights[t].append(w)
        }
    }

    /// The most similar added question to question `i` with similarity ≥ threshold that `accepting`
    /// allows, if any (ties go to the earliest added). Import passes the clique rule as `accepting`: the
    /// best pair is no use when another question of that card rules the new one out.
    ///
    /// The prefix terms' postings give the candidates and a partial dot product each; a candidate whose
    /// partial product plus the rest of the query's norm cannot reach the threshold is dropped unscored.
    public mutating func best(
        for i: Int, threshold: Double = DuplicateRule.threshold, accepting: (Int) -> Bool = { _ in true }
    ) -> (index: Int, similarity: Double)? {
        let terms = weighted[i]
        guard !terms.isEmpty else { return nil }
        var remaining = terms.reduce(0) { $0 + $1.weight * $1.weight }
        let cut = threshold * 0.999
        for (t, w) in terms {
            if remaining.squareRoot() < cut { break }
            remaining -= w * w
            let list = postings[t], weights = postingWeights[t]
            for k in list.indices {
                let j = Int(list[k])
                if scores[j] == 0 { touched.append(list[k]) }
                scores[j] += w * weights[k]
            }
        }
        let rest = max(0, remaining).squareRoot()
        var best: (index: Int, similarity: Double)? = nil
        for (t, w) in terms { queryWeights[t] = w }
        defer { for (t, _) in terms { queryWeights[t] = 0 } }
        for j32 in touched {
            let j = Int(j32)
            let partial = scores[j]
            scores[j] = 0
            guard partial + rest >= cut else { continue }
            // The full cosine from these weights (equal to the rule's up to rounding) rules out most of the rest.
            var dot = 0.0
            for (t, w) in weighted[j] { dot += w * queryWeights[t] }
            guard dot >= cut else { continue }
            let s = rule.similarity(i, j)
            if s >= threshold, best == nil || s > best!.similarity || (s == best!.similarity && j < best!.index), accepting(j) {
                best = (j, s)
            }
        }
        touched.removeAll(keepingCapacity: true)
        return best
    }
}
