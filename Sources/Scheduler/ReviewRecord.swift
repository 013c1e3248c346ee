import JSONKit

/// One line of reviews.jsonl: a grade, or an undo of the card's latest remaining grade.
public struct ReviewRecord: Equatable, Sendable {
    public var card: String
    /// Nil for an undo record.
    public var rating: Rating?
    public var at: Moment
    /// Time from showing the question to grading, when known.
    public var durationMs: Int?
    /// The typed answer (`study --typed`), when there was one.
    public var answer: String?
    /// The grader's score for a typed answer.
    public var score: Double?

    public init(card: String, rating: Rating?, at: Moment, durationMs: Int? = nil, answer: String? = nil, score: Double? = nil) {
        self.card = card
        self.rating = rating
        self.at = at
        self.durationMs = durationMs
        self.answer = answer
        self.score = score
    }

    public static func undo(card: String, at: Moment) -> ReviewRecord {
        ReviewRecord(card: card, rating: nil, at: at)
    }

    public var isUndo: Bool { rating == nil }

    /// The log line, without the newline: `{"card":"x","rating":3,"at":"...Z","duration_ms":1200}`
    /// or `{"card":"x","undo":true,"at":"...Z"}`.
    public var jsonLine: String {
        var o = JSONObject()
        o["card"] = .string(card)
        if let rating {
            o["rating"] = .number(Double(rating.rawValue))
        } else {
            o["undo"] = .bool(true)
        }
        o["at"] = .string(at.iso)
        if let durationMs { o["duration_ms"] = .number(Double(durationMs)) }
        if let answer { o["answer"] = .string(answer) }
        if let score { o["score"] = .number(score) }
        return JSON.object(o).compact
    }
}
