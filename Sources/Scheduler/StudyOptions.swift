/// How a study session picks and paces cards.
public struct StudyOptions: Sendable {
    /// New cards a study day may introduce (counting those already introduced today).
    public var newPerDay: Int = 10
    /// At most this many cards from the due and new queues (learning repeats not counted).
    public var limit: Int? = nil
    /// Learning cards due within this span are shown early when nothing else is left (Anki's
    /// learn-ahead limit, 20 minutes by default); zero shows them only when due.
    public var learnAhead: TimeSpan = .minutes(20)
    /// Practise without changing the schedule: every chosen card, nothing logged.
    public var cram: Bool = false
    /// When a card that lapses becomes a leech and is suspended (`--leech-threshold`).
    public var leech = LeechRule()

    public init(newPerDay: Int = 10, limit: Int? = nil, cram: Bool = false, learnAhead: TimeSpan = .minutes(20)) {
        self.newPerDay = newPerDay
        self.limit = limit
        self.cram = cram
        self.learnAhead = learnAhead
    }
}
