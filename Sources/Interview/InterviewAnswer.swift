import Corpus

/// How one question went: the score (0...1), the suggested rating, the key points missed, and the
/// time taken. A skipped question scores 0, as silence does in an interview.
public struct InterviewAnswer: Equatable, Sendable {
    public var card: String
    public var topic: String
    /// The question as asked (an exercise's instance text).
    public var question: String
    /// What was typed; nil when skipped.
    public var answer: String?
    public var score: Double
    /// 1...4 (Again, Hard, Good, Easy) as the Grader or the exercise check suggests; nil when skipped.
    public var rating: Int?
    /// Key points not made (for an exercise answered wrongly: the expected answer).
    public var missed: [String]
    public var elapsedMs: Int
    public var skipped: Bool { answer == nil }

    public init(card: String, topic: String, question: String, answer: String?, score: Double, rating: Int?,
                missed: [String], elapsedMs: Int) {
        self.card = card
        self.topic = topic
        self.question = question
        self.answer = answer
        self.score = score
        self.rating = rating
        self.missed = missed
        self.elapsedMs = elapsedMs
    }
}
