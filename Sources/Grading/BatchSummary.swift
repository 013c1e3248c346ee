import JSONKit

/// Running totals of a batch: how many lines, how they were graded, the mean score overall and per tag.
public struct BatchSummary: Sendable {
    public private(set) var lines = 0
    public private(set) var graded = 0
    public private(set) var personal = 0
    public private(set) var errors = 0
    private var scoreSum = 0.0
    private var perTag: [String: (count: Int, sum: Double)] = [:]

    public init() {}

    public mutating func add(_ result: GradeResult, tags: [String]) {
        lines += 1
        guard result.autoGraded else { personal += 1; return }
        graded += 1
        scoreSum += result.score
        for tag in tags {
            let old = perTag[tag] ?? (0, 0)
            perTag[tag] = (old.count + 1, old.sum + result.score)
        }
    }

    public mutating func addError() {
        lines += 1
        errors += 1
    }

    public var meanScore: Double? { graded > 0 ? scoreSum / Double(graded) : nil }

    /// `{"summary": {"lines", "graded", "personal", "errors", "mean_score", "by_tag": {tag: {"graded", "mean_score"}}}}`;
    /// tags in alphabetical order, means rounded to 3 decimals, null when nothing was graded.
    public var json: JSON {
        func rounded(_ x: Double) -> JSON { .number((x * 1000).rounded() / 1000) }
        var byTag = JSONObject()
        for tag in perTag.keys.sorted() {
            let t = perTag[tag]!
            byTag[tag] = ["graded": .number(Double(t.count)), "mean_score": rounded(t.sum / Double(t.count))]
        }
        var o = JSONObject()
        o["lines"] = .number(Double(lines))
        o["graded"] = .number(Double(graded))
        o["personal"] = .number(Double(personal))
        o["errors"] = .number(Double(errors))
        o["mean_score"] = meanScore.map(rounded) ?? .null
        o["by_tag"] = .object(byTag)
        return ["summary": .object(o)]
    }
}
