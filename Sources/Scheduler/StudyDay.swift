import ReviewLog

/// The log replayed for a study session: every card's schedule and how many new cards today took.
public struct StudyDay: Sendable {
    public var schedules: [String: CardSchedule]
    /// Cards whose first (remaining) review falls on the current study day.
    public var newIntroducedToday: Int

    public init(log: ParsedLog, fsrs: FSRS, now: Moment, clock: DayClock) {
        let today = clock.day(of: now)
        let start = clock.start(ofDay: today)
        let end = clock.start(ofDay: today + 1)
        var introduced = 0
        let list = Replay.run(log, fsrs: fsrs) { event in
            if event.before.reviews == 0 && event.at >= start && event.at < end { introduced += 1 }
        }
        var schedules: [String: CardSchedule] = [:]
        schedules.reserveCapacity(list.count)
        for (i, s) in list.enumerated() { if let s { schedules[log.cardIDs[i]] = s } }
        self.schedules = schedules
        newIntroducedToday = introduced
    }
}
