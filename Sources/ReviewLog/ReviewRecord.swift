import JSONKit

/// One line of reviews.jsonl. Every kind names a card and a time; the kind is the key that is
/// present:
///
///     {"card":"x","rating":3,"at":"2026-03-01T10:00:00Z","duration_ms":1200}   a review (1-4)
///     {"card":"x","undo":true,"at":"..."}        cancels the card's latest remaining review
///     {"card":"x","suspend":true,"at":"..."}     the card leaves study until unsuspended
///     {"card":"x","suspend":true,"leech":true,"at":"..."}   suspended because it lapsed too often
///     {"card":"x","unsuspend":true,"at":"..."}   the card comes back
///     {"card":"x","bury":true,"at":"..."}        the card waits until the next study day
///
/// A line with none of these keys is an unknown record: the scanner reports and skips it.
public struct ReviewRecord: Equatable, Sendable {
    /// What the line records.
    public enum Kind: Equatable, Sendable {
        case review(Rating)
        case undo
        case suspend
        case unsuspend
        case bury
    }

    public var card: String
    public var kind: Kind
    public var at: Moment
    /// Time from showing the question to grading, when known (reviews only).
    public var durationMs: Int?
    /// The typed answer (`study --typed`), when there was one (reviews only).
    public var answer: String?
    /// The grader's score for a typed answer (reviews only).
    public var score: Double?
    /// A suspension made because the card became a leech (it lapsed `--leech-threshold` times);
    /// written as `"leech":true` on suspend records only.
    public var leech = false

    /// A review.
    public init(card: String, rating: Rating, at: Moment, durationMs: Int? = nil, answer: String? = nil, score: Double? = nil) {
        self.init(card: card, kind: .review(rating), at: at)
        self.durationMs = durationMs
        self.answer = answer
        self.score = score
    }

    public init(card: String, kind: Kind, at: Moment) {
        self.card = card
        self.kind = kind
        self.at = at
    }

    public static func undo(card: String, at: Moment) -> ReviewRecord { ReviewRecord(card: card, kind: .undo, at: at) }

    /// The suspension of a leech: a suspend record with the leech marker.
    public static func leechSuspension(card: String, at: Moment) -> ReviewRecord {
        var record = ReviewRecord(card: card, kind: .suspend, at: at)
        record.leech = true
        return record
    }

    /// The rating of a review; nil for the other kinds.
    public var rating: Rating? {
        if case .review(let r) = kind { return r }
        return nil
    }

    public var isUndo: Bool { kind == .undo }

    /// The log line, without the newline, keys in the order shown above.
    public var jsonLine: String {
        var o = JSONObject()
        o["card"] = .string(card)
        switch kind {
        case .review(let rating): o["rating"] = .number(Double(rating.rawValue))
        case .undo: o["undo"] = .bool(true)
        case .suspend:
            o["suspend"] = .bool(true)
            if leech { o["leech"] = .bool(true) }
        case .unsuspend: o["unsuspend"] = .bool(true)
        case .bury: o["bury"] = .bool(true)
        }
        o["at"] = .string(at.iso)
        if case .review = kind {
            if let durationMs { o["duration_ms"] = .number(Double(durationMs)) }
            if let answer { o["answer"] = .string(answer) }
            if let score { o["score"] = .number(score) }
        }
        return JSON.object(o).compact
    }
}
