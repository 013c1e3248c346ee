import Testing

import ReviewLog
@testable import Scheduler

/// Issue 10, items 1-4: learn-ahead, stats under a filter and in the past, next due and the
/// daily new-card limit.
@Suite struct NewUserFixesTests {
    static let now = Moment.parse("2026-03-01T10:00:00Z")!
    static let clock = DayClock.fixed(offsetSeconds: 0, rolloverHour: 4)
    static func parse(_ text: String) -> ParsedLog { ReviewLogScanner.parse(Array(text.utf8)) }

    /// With the limit at 0 a card in its 10-minute step is not shown until the step falls due;
    /// the session says when it returns. Default 20m shows it at once (Anki). Replaying the
    /// records of either session gives the states the session had.
    @Test func learnAheadLimitDecidesWhenALearningCardComesBack() throws {
        let fsrs = try FSRS(fuzz: false)
        for ahead in [TimeSpan.zero, .minutes(20)] {
            var session = StudySession(
                candidates: ["a"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
                options: StudyOptions(learnAhead: ahead), newIntroducedToday: 0)
            var records = [session.grade("a", .good, at: Self.now)!]
            let stepDue = Self.now.adding(.minutes(10))
            if ahead == .zero {
                #expect(session.next(at: Self.now) == nil)
                #expect(session.nextReturn(at: Self.now)?.card == "a")
                #expect(session.nextReturn(at: Self.now)?.due == stepDue)
                #expect(session.next(at: Self.now.adding(.minutes(9))) == nil)
                #expect(session.next(at: stepDue) == "a")
                records.append(session.grade("a", .good, at: stepDue)!)
            } else {
                #expect(session.next(at: Self.now) == "a")
                #expect(session.nextReturn(at: Self.now) == nil)
                records.append(session.grade("a", .good, at: Self.now)!)
            }
            let replayed = Replay.byID(Self.parse(records.map { $0.jsonLine + "\n" }.joined()), fsrs: fsrs)
            #expect(replayed["a"] == session.schedules["a"])
            #expect(replayed["a"]!.state == .review)
        }
    }

    static let log = """
        {"card":"a","rating":3,"at":"2026-02-27T10:00:00Z"}
        {"card":"b","rating":3,"at":"2026-02-28T10:00:00Z"}
        {"card":"gone","rating":3,"at":"2026-02-28T11:00:00Z"}
        {"card":"a","rating":4,"at":"2026-03-01T09:00:00Z"}
        {"card":"a","rating":1,"at":"2026-03-05T09:00:00Z"}
        {"card":"b","rating":1,"at":"2026-03-05T09:00:00Z"}
        """

    /// `stats --tag x`: b is in the deck but outside the filter, so it is not "not in the
    /// corpus"; only a's reviews count.
    @Test func statsUnderAFilterCountOnlyThoseCardsAndKnowTheDeck() throws {
        let fsrs = try FSRS(fuzz: false)
        let stats = StudyStats.compute(
            cards: [("a", ["x"])], log: Self.parse(Self.log), fsrs: fsrs, now: Moment.parse("2026-03-06T10:00:00Z")!,
            clock: Self.clock, deckIDs: ["a", "b", "c"])
        #expect(stats.unknownCards == 1)
        #expect(stats.totalReviews == 3)
        #expect(stats.reviewsPerDay.map(\.count).reduce(0, +) == 3)
        #expect(stats.reviewsPerDay.first { $0.day == "2026-02-28" }!.count == 0)
    }

    /// `stats --now` in the past: the reviews of 03-05 have not happened yet on 03-01.
    @Test func statsInThePastReplayOnlyTheReviewsBeforeThen() throws {
        let fsrs = try FSRS(fuzz: false)
        let then = Moment.parse("2026-03-01T10:00:00Z")!
        let stats = StudyStats.compute(
            cards: [("a", []), ("b", [])], log: Self.parse(Self.log), fsrs: fsrs, now: then, clock: Self.clock)
        #expect(stats.totalReviews == 4)
        #expect(stats.streak == 3)  // 02-27, 02-28, 03-01
        #expect(stats.reviewsPerDay.last!.count == 1)
        let upToThen = Self.parse(Self.log.split(separator: "\n").prefix(4).joined(separator: "\n"))
        let expected = StudyStats.compute(cards: [("a", []), ("b", [])], log: upToThen, fsrs: fsrs, now: then, clock: Self.clock)
        #expect(stats.byState.map(\.count) == expected.byState.map(\.count))
        #expect(stats.dueToday == expected.dueToday && stats.dueIn7Days == expected.dueIn7Days)
    }

    /// "Next due" is among the session's cards only, and the daily new-card limit is visible.
    @Test func nextDueIsAmongTheSessionsCardsAndTheNewLimitIsReported() throws {
        let fsrs = try FSRS(fuzz: false)
        let schedules = Replay.byID(Self.parse(Self.log).until(Self.now), fsrs: fsrs)
        let onlyUnknown = StudySession(
            candidates: ["n1"], schedules: ["gone": schedules["gone"]!], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(newPerDay: 0), newIntroducedToday: 0)
        #expect(onlyUnknown.nextDue == nil)
        let filtered = StudySession(
            candidates: ["b"] + (1...7).map { "n\($0)" }, schedules: schedules, now: Self.now, clock: Self.clock,
            fsrs: fsrs, options: StudyOptions(newPerDay: 5), newIntroducedToday: 5)
        #expect(filtered.nextDue == schedules["b"]!.due)
        #expect(filtered.newHeldBack == 7 && filtered.newLeft == 0)
        let some = StudySession(
            candidates: (1...7).map { "n\($0)" }, schedules: [:], now: Self.now, clock: Self.clock,
            fsrs: fsrs, options: StudyOptions(newPerDay: 5, limit: 2), newIntroducedToday: 0)
        #expect(some.newHeldBack == 2)  // --limit cuts the session, not the day
    }
}
