/// One topic's result: the mean score of its questions (skipped ones count 0).
public struct TopicScore: Equatable, Sendable {
    public var tag: String
    public var score: Double
    /// Questions answered (not skipped).
    public var answered: Int
    public var skipped: Int

    public init(tag: String, score: Double, answered: Int, skipped: Int) {
        self.tag = tag
        self.score = score
        self.answered = answered
        self.skipped = skipped
    }
}
