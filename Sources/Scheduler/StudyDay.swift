import ReviewLog

/// The log replayed for a study session: every card's schedule and how many new cards today took.
public struct StudyDay: Sendable {
    public var schedules: [String: CardSchedule]
    /// Cards whose first (remaining) review falls on the current study day.
    public var newIntroducedToday: Int
    /// Those cards' ids (for keeping siblings apart).
    public var introducedToday: Set<String>
    /// Lapses per card: Again on a card in review state (for the leech rule).
    public var lapses: [String: Int]
    /// Suspended and buried cards.
    public var suspensions: Suspensions

    public init(log: ParsedLog, fsrs: FSRS, now: Moment, clock: DayClock) {
        let today = clock.day(of: now)
        let start = clock.start(ofDay: today)
        let end = clock.start(ofDay: today + 1)
        var introduced: Set<Int32> = []
        var lapseCounts = [Int](repeating: 0, count: log.cardIDs.count)
        let list = Replay.run(log, fsrs: fsrs) { event in
            if event.before.reviews == 0 && event.at >= start && event.at < end { introduced.insert(event.card) }
            if LeechRule.isLapse(before: event.before, rating: event.rating) { lapseCounts[Int(event.card)] += 1 }
        }
        var schedules: [String: CardSchedule] = [:]
        schedules.reserveCapacity(list.count)
        for (i, s) in list.enumerated() { if let s { schedules[log.cardIDs[i]] = s } }
        self.schedules = schedules
        newIntroducedToday = introduced.count
        introducedToday = Set(introduced.map { log.cardIDs[Int($0)] })
        var lapses: [String: Int] = [:]
        for (i, n) in lapseCounts.enumerated() where n > 0 { lapses[log.cardIDs[i]] = n }
        self.lapses = lapses
        suspensions = Suspensions(log: log)
    }
}
