import ReviewLog

/// One replayed review, as `Replay.run` reports it: the card before and after.
public struct ReviewEvent: Sendable {
    /// Position among the log's valid lines.
    public var index: Int
    public var card: Int32
    public var rating: Rating
    public var at: Moment
    public var before: CardSchedule
    public var after: CardSchedule
}
