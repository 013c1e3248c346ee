import Testing

import ReviewLog
@testable import Scheduler

/// Queue order, new-card allowance, learning steps within a session, undo, skip, cram, day rollover.
@Suite struct StudySessionTests {
    static let now = Moment.parse("2026-03-01T10:00:00Z")!
    static let clock = DayClock.fixed(offsetSeconds: 0, rolloverHour: 4)

    static func reviewed(_ fsrs: FSRS, _ ratings: [Rating], daysAgo: Int) -> CardSchedule {
        var s = CardSchedule(newAt: now)
        var t = now.adding(days: -daysAgo)
        for r in ratings {
            s = fsrs.review(s, rating: r, at: t)
            t = t.adding(micros: 600_000_000)
        }
        return s
    }

    @Test func dueFirstByLowestRetrievabilityThenNewUpToTheAllowance() throws {
        let fsrs = try FSRS(fuzz: false)
        let longAgo = Self.reviewed(fsrs, [.good, .good], daysAgo: 60)  // overdue a lot: low R
        let recent = Self.reviewed(fsrs, [.good, .good], daysAgo: 4)  // just due: higher R
        let future = Self.reviewed(fsrs, [.easy], daysAgo: 0)
        #expect(fsrs.retrievability(longAgo, at: Self.now) < fsrs.retrievability(recent, at: Self.now))
        let session = StudySession(
            candidates: ["n1", "recent", "n2", "future", "old", "n3"],
            schedules: ["recent": recent, "old": longAgo, "future": future], now: Self.now, clock: Self.clock,
            fsrs: fsrs, options: StudyOptions(newPerDay: 3), newIntroducedToday: 1)
        #expect(session.queue == ["old", "recent", "n1", "n2"])
        #expect(session.dueLeft == 2 && session.newLeft == 2)
    }

    @Test func limitCapsDueThenNew() throws {
        let fsrs = try FSRS(fuzz: false)
        let session = StudySession(
            candidates: ["a", "b", "c"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(newPerDay: 10, limit: 2), newIntroducedToday: 0)
        #expect(session.queue == ["a", "b"])
    }

    @Test func learningCardComesBackWhenItsStepFallsDue() throws {
        let fsrs = try FSRS(fuzz: false)
        var session = StudySession(
            candidates: ["a", "b"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(), newIntroducedToday: 0)
        let record = session.grade("a", .again, at: Self.now)
        #expect(record == ReviewRecord(card: "a", rating: .again, at: Self.now))
        #expect(session.next(at: Self.now) == "b")
        _ = session.grade("b", .good, at: Self.now)
        // Nothing else left: "a" (due in 1 minute) is shown early, within the learn-ahead window.
        #expect(session.next(at: Self.now) == "a")
        _ = session.grade("a", .good, at: Self.now.adding(micros: 60_000_000))
        // Now both wait for their 10-minute step.
        let later = Self.now.adding(micros: 11 * 60_000_000)
        #expect(session.next(at: later) == "b")
        _ = session.grade("b", .good, at: later)
        _ = session.grade("a", .good, at: later)
        #expect(session.next(at: later) == nil)
        #expect(session.schedules["a"]!.state == .review)
        #expect(session.reviewedCount == 5 && session.againCount == 1)
    }

    @Test func undoRestoresTheCardAndLogsAnUndoRecord() throws {
        let fsrs = try FSRS(fuzz: false)
        var session = StudySession(
            candidates: ["a", "b"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(), newIntroducedToday: 0)
        _ = session.grade("a", .easy, at: Self.now)
        #expect(session.schedules["a"] != nil)
        let undone = session.undo(at: Self.now)
        #expect(undone?.card == "a")
        #expect(undone?.record == ReviewRecord.undo(card: "a", at: Self.now))
        #expect(session.schedules["a"] == nil)
        #expect(session.next(at: Self.now) == "a")
        #expect(session.newLeft == 2 && session.reviewedCount == 0)
        #expect(session.undo(at: Self.now) == nil)
    }

    @Test func skipDropsTheCardForTheSession() throws {
        let fsrs = try FSRS(fuzz: false)
        var session = StudySession(
            candidates: ["a", "b"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(), newIntroducedToday: 0)
        session.skip("a")
        #expect(session.next(at: Self.now) == "b")
        #expect(session.newLeft == 1)
    }

    @Test func cramLogsNothingAndChangesNoSchedule() throws {
        let fsrs = try FSRS(fuzz: false)
        let known = Self.reviewed(fsrs, [.easy], daysAgo: 0)
        var session = StudySession(
            candidates: ["a", "b"], schedules: ["a": known], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(cram: true), newIntroducedToday: 0)
        #expect(session.queue == ["a", "b"])
        #expect(session.grade("a", .again, at: Self.now) == nil)
        #expect(session.schedules["a"] == known)
        #expect(session.queue == ["b", "a"])  // Again in cram: once more at the end
    }

    @Test func dayRollsOverAtTheConfiguredHour() {
        let clock = DayClock.fixed(offsetSeconds: 3600, rolloverHour: 4)  // UTC+1
        let before = Moment.parse("2026-03-01T02:59:00Z")!  // 03:59 local: still Feb 28's study day
        let after = Moment.parse("2026-03-01T03:00:00Z")!  // 04:00 local
        #expect(clock.day(of: after) == clock.day(of: before) + 1)
        #expect(clock.start(ofDay: clock.day(of: after)) == after)
        #expect(clock.label(ofDay: clock.day(of: before)) == "2026-02-28")
        let midnight = DayClock.fixed(offsetSeconds: 0, rolloverHour: 0)
        #expect(midnight.day(of: before) == midnight.day(of: after))
    }

    @Test func reviewCardsDueLaterTodayAreIncluded() throws {
        let fsrs = try FSRS(fuzz: false)
        var s = Self.reviewed(fsrs, [.good], daysAgo: 10)
        s.state = .review
        s.step = nil
        s.due = Moment.parse("2026-03-02T03:00:00Z")!  // before 04:00 tomorrow
        var t = s
        t.due = Moment.parse("2026-03-02T05:00:00Z")!
        let session = StudySession(
            candidates: ["today", "tomorrow"], schedules: ["today": s, "tomorrow": t], now: Self.now,
            clock: Self.clock, fsrs: fsrs, options: StudyOptions(newPerDay: 0), newIntroducedToday: 0)
        #expect(session.queue == ["today"])
    }
}

@Suite struct StudyStatsTests {
    @Test func countsStatesDueRetentionStreakAndReadiness() throws {
        let fsrs = try FSRS(fuzz: false)
        let text = """
            {"card":"a","rating":4,"at":"2026-02-20T10:00:00Z"}
            {"card":"b","rating":3,"at":"2026-02-27T10:00:00Z"}
            {"card":"a","rating":1,"at":"2026-02-28T10:00:00Z"}
            {"card":"b","rating":1,"at":"2026-03-01T09:00:00Z"}
            {"card":"b","rating":3,"at":"2026-03-01T09:00:05Z"}
            {"card":"gone","rating":3,"at":"2026-03-01T09:00:00Z"}
            """
        let log = ReviewLogScanner.parse(Array(text.utf8))
        let stats = StudyStats.compute(
            cards: [("a", ["x"]), ("b", ["x", "y"]), ("c", ["y"])], log: log, fsrs: fsrs,
            now: Moment.parse("2026-03-01T10:00:00Z")!, clock: .fixed(offsetSeconds: 0))
        #expect(stats.byState.map(\.count) == [1, 1, 0, 1])  // c new; b learning; a relearning
        #expect(stats.totalReviews == 6)
        #expect(stats.unknownCards == 1)
        // Answers to review-state cards: a's Again on 02-28 (a was Easy -> review).
        #expect(stats.retention7.answers == 1 && stats.retention7.passed == 0)
        #expect(stats.reviewsPerDay.last!.count == 3)
        #expect(stats.streak == 3)  // 02-27, 02-28, 03-01
        #expect(stats.dueToday == 2)
        let y = stats.readiness.first { $0.tag == "y" }!
        #expect(y.cards == 2 && y.reviewed == 1)
        #expect(y.meanRecall == 0.5)  // b reviewed today (R = 1), c new (0)
    }
}

@Suite struct IntervalTextTests {
    @Test func labels() {
        #expect(IntervalText.short(micros: 60_000_000) == "1m")
        #expect(IntervalText.short(micros: 59_999_000) == "1m")
        #expect(IntervalText.short(micros: 330_000_000) == "6m")
        #expect(IntervalText.short(micros: 86_400_000_000) == "1d")
        #expect(IntervalText.short(micros: 8 * 86_400_000_000) == "8d")
        #expect(IntervalText.short(micros: 100 * 86_400_000_000) == "3.3mo")
        #expect(IntervalText.short(micros: 730 * 86_400_000_000) == "2y")
    }

    @Test func ratingsReadNamesAndNumbers() {
        #expect(Rating(text: " good ") == .good)
        #expect(Rating(text: "4") == .easy)
        #expect(Rating(text: "AGAIN") == .again)
        #expect(Rating(text: "5") == nil)
        #expect(Rating(text: "") == nil)
    }
}

/// New cards already started count against today's allowance; the day starts at the rollover hour.
@Suite struct StudyDayTests {
    @Test func countsNewCardsStartedSinceTheRollover() throws {
        let fsrs = try FSRS(fuzz: false)
        let text = """
            {"card":"yesterday","rating":3,"at":"2026-03-01T03:59:59Z"}
            {"card":"a","rating":3,"at":"2026-03-01T04:00:00Z"}
            {"card":"a","rating":3,"at":"2026-03-01T04:10:00Z"}
            {"card":"b","rating":1,"at":"2026-03-01T09:00:00Z"}
            {"card":"c","rating":1,"at":"2026-03-01T09:30:00Z"}
            {"card":"c","undo":true,"at":"2026-03-01T09:31:00Z"}
            """
        let log = ReviewLogScanner.parse(Array(text.utf8))
        let day = StudyDay(log: log, fsrs: fsrs, now: Moment.parse("2026-03-01T10:00:00Z")!, clock: .fixed(offsetSeconds: 0, rolloverHour: 4))
        #expect(day.newIntroducedToday == 2)  // a and b; "yesterday" was before 04:00, c was undone
        #expect(day.schedules["c"] == nil)
        #expect(day.schedules["a"]?.reviews == 2)
        let session = StudySession(
            candidates: ["a", "b", "n1", "n2", "n3"], schedules: day.schedules, now: Moment.parse("2026-03-01T10:00:00Z")!,
            clock: .fixed(offsetSeconds: 0, rolloverHour: 4), fsrs: fsrs, options: StudyOptions(newPerDay: 3),
            newIntroducedToday: day.newIntroducedToday)
        #expect(session.newLeft == 1)
        #expect(session.queue.last == "n1")
    }
}
