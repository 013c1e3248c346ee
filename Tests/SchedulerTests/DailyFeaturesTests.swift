import Testing

import ReviewLog
@testable import Scheduler

/// Suspend, bury, leeches, new-card order and siblings in the study logic (issue 16).
@Suite struct DailyFeaturesTests {
    static let now = Moment.parse("2026-03-01T10:00:00Z")!
    static let clock = DayClock.fixed(offsetSeconds: 0, rolloverHour: 4)

    static func log(_ records: [ReviewRecord]) -> ParsedLog {
        ReviewLogScanner.parse(Array(records.map { $0.jsonLine + "\n" }.joined().utf8))
    }

    @Test func unsuspendCancelsAndBuryLastsUntilTheNextStudyDay() {
        let t = Self.now
        let s = Suspensions(log: Self.log([
            ReviewRecord(card: "a", kind: .suspend, at: t),
            ReviewRecord(card: "b", kind: .suspend, at: t),
            ReviewRecord(card: "b", kind: .unsuspend, at: t.adding(micros: 1)),
            ReviewRecord(card: "c", kind: .bury, at: t),
            ReviewRecord(card: "d", kind: .bury, at: t),
            ReviewRecord(card: "d", kind: .unsuspend, at: t),
            .leechSuspension(card: "e", at: t),
        ]))
        #expect(s.suspendedIDs == ["a", "e"] && s.leechIDs == ["e"])
        // Buried at 10:00 on 1 March: out until the day starts at 04:00 on 2 March.
        #expect(s.isBuried("c", now: Moment.parse("2026-03-02T03:59:59Z")!, clock: Self.clock))
        #expect(!s.isBuried("c", now: Moment.parse("2026-03-02T04:00:00Z")!, clock: Self.clock))
        #expect(s.isBuried("c", now: Moment.parse("2026-03-02T04:00:00Z")!, clock: .fixed(rolloverHour: 6)), "--day-start 6")
        #expect(!s.isBuried("d", now: t, clock: Self.clock), "an unsuspend cancels a bury")
        let (records, unchanged) = s.changes(.suspend, ids: ["a", "b", "b"], at: t, clock: Self.clock)
        #expect(records.map(\.card) == ["b"] && unchanged == ["a"])
        #expect(s.changes(.unsuspend, ids: ["b", "c"], at: t, clock: Self.clock).unchanged == ["b"])
    }

    @Test func leechRuleIsAnkis() {
        let rule = LeechRule(threshold: 8)
        #expect((1...20).filter { rule.isLeech(lapses: $0) } == [8, 12, 16, 20])
        #expect((1...5).filter { LeechRule(threshold: 1).isLeech(lapses: $0) } == [1, 2, 3, 4, 5])
        #expect(!(1...20).contains { LeechRule(threshold: 0).isLeech(lapses: $0) }, "0 turns leeches off")
    }

    @Test func suspendedAndBuriedCardsAreNotShown() throws {
        let fsrs = try FSRS(fuzz: false)
        var s = Suspensions()
        s.apply(ReviewRecord(card: "a", kind: .suspend, at: Self.now))
        s.apply(ReviewRecord(card: "b", kind: .bury, at: Self.now))
        var session = StudySession(
            candidates: ["a", "b", "c", "d"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(), newIntroducedToday: 0, suspensions: s)
        #expect(session.queue == ["c", "d"])
        let record = session.bury("c", at: Self.now)
        #expect(record?.kind == .bury && session.queue == ["d"] && session.newLeft == 1)
        #expect(session.suspend("d", at: Self.now)?.kind == .suspend && session.next(at: Self.now) == nil)
    }

    /// A card in review that lapses: Again at the threshold logs the review and a leech
    /// suspension, and the card leaves the session; undo takes both back.
    @Test func theLapseThatMakesALeechSuspendsTheCardAndUndoBringsItBack() throws {
        let fsrs = try FSRS(learningSteps: [], relearningSteps: [], fuzz: false)
        let learnt = fsrs.review(CardSchedule(newAt: Self.now.adding(days: -30)), rating: .good, at: Self.now.adding(days: -30))
        #expect(learnt.state == .review)
        var options = StudyOptions()
        options.leech = LeechRule(threshold: 3)
        options.cram = false
        var session = StudySession(
            candidates: ["x"], schedules: ["x": learnt], now: Self.now, clock: Self.clock, fsrs: fsrs, options: options,
            newIntroducedToday: 0, lapses: ["x": 2])
        let records = session.records(grading: "x", .again, at: Self.now)
        #expect(records.count == 2 && records[1].leech && records[1].kind == .suspend)
        #expect(session.suspensions.isLeech("x") && session.next(at: Self.now.adding(days: 2)) == nil)
        let undone = session.undo(at: Self.now)
        #expect(undone?.record?.kind == .undo && undone?.unsuspend?.kind == .unsuspend)
        #expect(!session.suspensions.isSuspended("x") && session.lapses["x"] == 2)
        // Below the threshold: just the review.
        #expect(session.records(grading: "x", .good, at: Self.now).count == 1)
    }

    @Test func lapsesAreCountedFromTheLog() throws {
        let fsrs = try FSRS(learningSteps: [], relearningSteps: [], fuzz: false)
        var records: [ReviewRecord] = [ReviewRecord(card: "x", rating: .good, at: Self.now.adding(days: -40))]
        for k in 0..<3 { records.append(ReviewRecord(card: "x", rating: .again, at: Self.now.adding(days: -30 + 10 * k))) }
        records.append(.undo(card: "x", at: Self.now.adding(days: -9)))
        let day = StudyDay(log: Self.log(records), fsrs: fsrs, now: Self.now, clock: Self.clock)
        #expect(day.lapses["x"] == 2, "the undone lapse does not count")
    }

    @Test func newCardOrders() {
        let items: [NewCardOrder.Item] = [
            .init(id: "a1", level: 2, topic: "a"), .init(id: "a2", level: 0, topic: "a"), .init(id: "a3", level: 0, topic: "a"),
            .init(id: "b1", level: 0, topic: "b"), .init(id: "b2", level: 1, topic: "b"), .init(id: "c1", level: 0, topic: "c"),
        ]
        #expect(NewCardOrder.deck.arrange(items, seed: 1) == ["a1", "a2", "a3", "b1", "b2", "c1"])
        #expect(NewCardOrder.basicFirst.arrange(items, seed: 1) == ["a2", "b1", "c1", "a3", "b2", "a1"])
        #expect(NewCardOrder.spread.arrange(items, seed: 1) == ["a1", "b1", "c1", "a2", "b2", "a3"])
        let r1 = NewCardOrder.random.arrange(items, seed: 7)
        #expect(r1 == NewCardOrder.random.arrange(items, seed: 7), "same seed, same order")
        #expect(Set(r1) == Set(items.map(\.id)))
        let orders = Set((0..<20).map { NewCardOrder.random.arrange(items, seed: UInt64($0)) })
        #expect(orders.count > 10, "seeds give different orders")
    }

    @Test func siblingsAreNotIntroducedOnTheSameDay() throws {
        let fsrs = try FSRS(fuzz: false)
        let siblings: [String: Set<String>] = ["lstm": ["lstm-vs-gru"], "lstm-vs-gru": ["lstm"], "gru": ["x"]]
        let session = StudySession(
            candidates: ["lstm", "lstm-vs-gru", "cnn", "gru"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(newPerDay: 3), newIntroducedToday: 1, siblings: siblings, introducedToday: ["x"])
        #expect(session.queue == ["lstm", "cnn"], "lstm-vs-gru waits for another day; gru's sibling x was introduced today")
        #expect(session.newHeldBack == 2 && session.newHeldForSiblings == 1,
                "lstm-vs-gru waits for its sibling; gru comes after the day's two new cards were taken, so for the limit")
        let tight = StudySession(
            candidates: ["lstm", "lstm-vs-gru", "cnn", "gru", "rnn"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(newPerDay: 2), newIntroducedToday: 0, siblings: siblings)
        #expect(tight.queue == ["lstm", "cnn"])
        #expect(tight.newHeldBack == 3 && tight.newHeldForSiblings == 1, "lstm-vs-gru for its sibling; gru and rnn for the limit")
        let cram = StudySession(
            candidates: ["lstm", "lstm-vs-gru"], schedules: [:], now: Self.now, clock: Self.clock, fsrs: fsrs,
            options: StudyOptions(cram: true), newIntroducedToday: 0, siblings: siblings)
        #expect(cram.queue == ["lstm", "lstm-vs-gru"], "cram shows everything")
    }
}
