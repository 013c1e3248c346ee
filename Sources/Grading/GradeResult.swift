import JSONKit

/// The grade of one typed answer, and why: points made (with the words that made them) and points missed.
public struct GradeResult: Equatable, Sendable {
    public var card: String
    /// 0...1; 0 for personal cards, which are not graded (see `autoGraded`).
    public var score: Double
    /// The suggested rating 1...4 (Again, Hard, Good, Easy); 0 when not auto-graded.
    public var rating: Int
    /// False for `personal` cards: there is no reference answer, the user grades themselves.
    public var autoGraded: Bool
    public var hit: [KeyPointHit]
    /// The text of each key point not made.
    public var missed: [String]
    /// The misconceptions the answer states (their readable labels).
    public var misconceptions: [String]
    /// Key points the answer denies ("dropout is not a regulariser"); they also count as missed.
    public var contradicted: [String]
    /// Key points whose terms appear only outside statements (a list, fragments): half credit, not hit.
    public var unstated: [String]
    /// Every wrong claim (misconceptions, inverted and negated key points) with the words that triggered it.
    public var errors: [StatedError]
    /// One line for people: why this score (e.g. "no statement found: a list of terms").
    public var explanation: String
    /// "key_points" normally; "overlap" when the card has no key points and the reference answer's words were used.
    public var method: String

    public init(
        card: String, score: Double, rating: Int, autoGraded: Bool, hit: [KeyPointHit] = [], missed: [String] = [],
        misconceptions: [String] = [], contradicted: [String] = [], method: String = "key_points",
        unstated: [String] = [], errors: [StatedError] = [], explanation: String = ""
    ) {
        self.unstated = unstated
        self.errors = errors
        self.explanation = explanation
        self.card = card
        self.score = score
        self.rating = rating
        self.autoGraded = autoGraded
        self.hit = hit
        self.missed = missed
        self.misconceptions = misconceptions
        self.contradicted = contradicted
        self.method = method
    }

    /// The rating's name, or nil when not auto-graded.
    public var ratingName: String? { SuggestedRating(rawValue: rating)?.name }

    /// `{"card", "auto_graded", "score", "rating", "rating_name", "hit": [{"point", "matched"}], "missed",
    /// "misconceptions", "contradicted", "method", "explanation", "unstated", "stated_errors": [{"kind", "claim", "matched"}]}`;
    /// score, rating and rating_name are null for personal cards.
    public var json: JSON {
        var o = JSONObject()
        o["card"] = .string(card)
        o["auto_graded"] = .bool(autoGraded)
        o["score"] = autoGraded ? .number((score * 1000).rounded() / 1000) : .null
        o["rating"] = autoGraded ? .number(Double(rating)) : .null
        o["rating_name"] = JSON(ratingName)
        o["hit"] = .array(hit.map { ["point": .string($0.point), "matched": JSON($0.matched)] })
        o["missed"] = JSON(missed)
        o["misconceptions"] = JSON(misconceptions)
        o["contradicted"] = JSON(contradicted)
        o["method"] = .string(method)
        o["explanation"] = .string(explanation)
        o["unstated"] = JSON(unstated)
        o["stated_errors"] = .array(errors.map {
            ["kind": .string($0.kind.rawValue), "claim": .string($0.claim), "matched": JSON($0.matched)]
        })
        if !autoGraded { o["note"] = "personal card: no reference answer, grade yourself" }
        return .object(o)
    }
}
