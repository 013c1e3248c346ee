#if canImport(Glibc)
import Glibc
#endif

/// How alike two questions are: cosine similarity of IDF-weighted content terms, 0 to 1.
///
/// IDF comes from the questions being compared, so words common to many questions
/// ("gradient") weigh less than words that name a topic ("dropout").
public struct QuestionSimilarity {
    let vectors: [[String: Double]]

    public init(questions: [String]) {
        let termLists = questions.map(QuestionTerms.terms)
        var documentFrequency: [String: Int] = [:]
        for terms in termLists { for t in Set(terms) { documentFrequency[t, default: 0] += 1 } }
        let n = Double(max(questions.count, 1))
        vectors = termLists.map { terms in
            var v: [String: Double] = [:]
            for t in terms { v[t, default: 0] += log(1 + n / Double(documentFrequency[t]!)) }
            let norm = sqrt(v.values.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { for k in v.keys { v[k]! /= norm } }
            return v
        }
    }

    public func similarity(_ a: Int, _ b: Int) -> Double {
        let (small, large) = vectors[a].count < vectors[b].count ? (vectors[a], vectors[b]) : (vectors[b], vectors[a])
        var dot = 0.0
        for (k, v) in small { if let w = large[k] { dot += v * w } }
        return dot
    }
}
