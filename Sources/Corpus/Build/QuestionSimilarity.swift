#if canImport(Glibc)
import Glibc
#endif

/// How alike two questions are: cosine similarity of IDF-weighted content terms, 0 to 1.
///
/// IDF comes from the questions given at creation, so words common to many questions ("gradient")
/// weigh less than words that name a topic ("dropout"). A term none of them holds weighs the most.
public struct QuestionSimilarity: Sendable {
    let vectors: [[String: Double]]
    let documentFrequency: [String: Int]
    let count: Double

    public init(questions: [String]) { self.init(termLists: questions.map(QuestionTerms.terms)) }

    /// From each question's `QuestionTerms.terms`, when the caller has them already (import reads them once).
    public init(termLists: [[String]]) {
        var documentFrequency: [String: Int] = [:]
        for terms in termLists { for t in Set(terms) { documentFrequency[t, default: 0] += 1 } }
        self.documentFrequency = documentFrequency
        count = Double(max(termLists.count, 1))
        let n = count
        vectors = termLists.map { Self.vector($0, documentFrequency, n) }
    }

    func vector(_ terms: [String]) -> [String: Double] { Self.vector(terms, documentFrequency, count) }

    static func vector(_ terms: [String], _ documentFrequency: [String: Int], _ count: Double) -> [String: Double] {
        var v: [String: Double] = [:]
        for t in terms { v[t, default: 0] += log(1 + count / Double(max(documentFrequency[t] ?? 1, 1))) }
        let norm = sqrt(v.values.reduce(0) { $0 + $1 * $1 })
        if norm > 0 { for k in v.keys { v[k]! /= norm } }
        return v
    }

    /// The similarity of the questions at positions `a` and `b` of those given at creation.
    public func similarity(_ a: Int, _ b: Int) -> Double { Self.dot(vectors[a], vectors[b]) }

    /// The similarity of any two questions, weighted by the IDF of those given at creation.
    public func similarity(_ a: String, _ b: String) -> Double {
        Self.dot(vector(QuestionTerms.terms(a)), vector(QuestionTerms.terms(b)))
    }

    static func dot(_ x: [String: Double], _ y: [String: Double]) -> Double {
        let (small, large) = x.count < y.count ? (x, y) : (y, x)
        var dot = 0.0
        for (k, v) in small { if let w = large[k] { dot += v * w } }
        return dot
    }
}
