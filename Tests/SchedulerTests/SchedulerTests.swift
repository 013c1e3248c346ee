import Foundation
import JSONKit
import Testing

import ReviewLog
@testable import Scheduler

/// FSRS-6 against vectors generated with py-fsrs 6.3.2 (Fixtures/fsrs-vectors.jsonl, made by
/// Tests/SchedulerTests/Fixtures/make_vectors.py): states, steps and due exactly; S, D, R within 1e-12.
@Suite struct FSRSReferenceTests {
    static func scheduler(_ config: JSON) throws -> FSRS {
        let weights = config["parameters"]!.arrayValue!.map { $0.doubleValue! }
        return try FSRS(
            parameters: FSRSParameters(weights),
            desiredRetention: config["desired_retention"]!.doubleValue!,
            learningSteps: config["learning_steps"]!.arrayValue!.map { TimeSpan.seconds(Int64($0.intValue!)) },
            relearningSteps: config["relearning_steps"]!.arrayValue!.map { TimeSpan.seconds(Int64($0.intValue!)) },
            maximumInterval: config["maximum_interval"]!.intValue!,
            fuzz: config["enable_fuzzing"]!.boolValue!)
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-12 * max(abs(a), abs(b))
    }

    @Test func matchesPyFSRS() throws {
        let cases = try FixtureLoader.lines("fsrs-vectors.jsonl")
        #expect(cases.count == 320)
        var checked = 0
        var fuzzed = 0
        for c in cases {
            let fsrs = try Self.scheduler(c["config"]!)
            let id = c["card"]!.stringValue!
            var card = CardSchedule(newAt: Moment(micros: 0))
            for (i, step) in c["reviews"]!.arrayValue!.enumerated() {
                let at = Moment.parse(step["at"]!.stringValue!)!
                let rating = Rating(rawValue: step["rating"]!.intValue!)!
                let expectedU = step["u"]!.doubleValue
                var asked = false
                let r = fsrs.retrievability(card, at: at)
                card = fsrs.review(card, rating: rating, at: at, fuzzU: { _, _ in asked = true; return expectedU ?? .nan })
                let where_ = "\(id) review \(i)"
                #expect(asked == (expectedU != nil), "fuzz called, \(where_)")
                if asked { fuzzed += 1 }
                #expect(card.state.rawValue == step["state"]!.stringValue!, "\(where_)")
                #expect(card.step == step["step"]!.intValue, "\(where_)")
                #expect(card.due == Moment.parse(step["due"]!.stringValue!)!, "\(where_)")
                #expect(Self.close(card.stability!, step["stability"]!.doubleValue!), "\(where_)")
                #expect(Self.close(card.difficulty!, step["difficulty"]!.doubleValue!), "\(where_)")
                #expect(Self.close(r, step["retrievability"]!.doubleValue!), "\(where_)")
                checked += 1
            }
        }
        #expect(checked > 3000)
        #expect(fuzzed > 100)
    }
}

@Suite struct ParameterTests {
    @Test func defaultsAreValid() throws {
        #expect(try FSRSParameters(FSRSParameters.defaultWeights).weights.count == 21)
    }

    @Test func wrongCountIsRejected() {
        #expect(throws: SchedulerError.parameterCount(20)) {
            try FSRSParameters(Array(FSRSParameters.defaultWeights.dropLast()))
        }
    }

    @Test func everyViolationIsListed() {
        var w = FSRSParameters.defaultWeights
        w[0] = 0
        w[7] = 0.9
        w[20] = 0.05
        do {
            _ = try FSRSParameters(w)
            Issue.record("accepted out-of-bounds parameters")
        } catch {
            #expect(error.description.contains("w0 = 0 is outside [0.001, 100]"))
            #expect(error.description.contains("w7 = 0.9 is outside [0.001, 0.75]"))
            #expect(error.description.contains("w20 = 0.05 is outside [0.1, 0.8]"))
            #expect(!error.description.contains("w1 "))
        }
    }

    @Test func parsesCommaList() throws {
        let text = FSRSParameters.defaultWeights.map { JSON.format($0) }.joined(separator: ",")
        #expect(try FSRSParameters(parsing: text) == .default)
        #expect(throws: SchedulerError.self) { try FSRSParameters(parsing: "1,2,x") }
    }
}

/// The configuration is fixed and checked when the scheduler is built (issue 8: setting
/// `desiredRetention` after `init` used to change nothing, and 7 was accepted).
@Suite struct FSRSConfigurationTests {
    /// py-fsrs 6.3.2: `Scheduler(desired_retention=r)._next_interval(stability=10)` is 904 for
    /// r = 0.5 and 10 for r = 0.9.
    @Test func retentionTakesEffectAtConstruction() throws {
        #expect(try FSRS(desiredRetention: 0.5, fuzz: false).nextInterval(stability: 10) == 904)
        #expect(try FSRS(desiredRetention: 0.9, fuzz: false).nextInterval(stability: 10) == 10)
        #expect(try FSRS(desiredRetention: 0.5).desiredRetention == 0.5)
    }

    @Test func badSettingsAreRejected() {
        #expect(throws: SchedulerError.desiredRetention(7)) { try FSRS(desiredRetention: 7) }
        #expect(throws: SchedulerError.desiredRetention(0)) { try FSRS(desiredRetention: 0) }
        #expect(throws: SchedulerError.desiredRetention(1)) { try FSRS(desiredRetention: 1) }
        #expect(throws: SchedulerError.maximumInterval(0)) { try FSRS(maximumInterval: 0) }
        #expect(throws: SchedulerError.nonPositiveStep(.zero)) { try FSRS(learningSteps: [.minutes(1), .zero]) }
        #expect(throws: SchedulerError.nonPositiveStep(.seconds(-5))) { try FSRS(relearningSteps: [.seconds(-5)]) }
        #expect(SchedulerError.desiredRetention(7).description == "desired retention must be between 0 and 1 (exclusive), got 7")
    }

    /// The optimizer's way to change weights: a new scheduler, every derived constant recomputed.
    @Test func replacingParametersRebuildsTheScheduler() throws {
        let base = try FSRS(desiredRetention: 0.8, learningSteps: [.minutes(5)], maximumInterval: 400, fuzz: false)
        var weights = FSRSParameters.defaultWeights
        weights[20] = 0.5  // a different decay changes the interval for the same stability
        let other = base.replacing(parameters: try FSRSParameters(weights))
        #expect(other.desiredRetention == 0.8 && other.learningSteps == [.minutes(5)] && other.maximumInterval == 400)
        let fresh = try FSRS(parameters: FSRSParameters(weights), desiredRetention: 0.8, maximumInterval: 400, fuzz: false)
        #expect(other.nextInterval(stability: 10) == fresh.nextInterval(stability: 10))
        #expect(other.nextInterval(stability: 10) != base.nextInterval(stability: 10))
    }

    @Test func stepsReadAsDurations() {
        #expect(TimeSpan(parsing: "10m") == .minutes(10))
        #expect(TimeSpan(parsing: "1.5h") == .minutes(90))
        #expect(TimeSpan(parsing: "30s") == .seconds(30))
        #expect(TimeSpan(parsing: "2") == .minutes(2))
        #expect(TimeSpan(parsing: "0") == .zero)
        #expect(TimeSpan(parsing: "-1m") == nil && TimeSpan(parsing: "x") == nil && TimeSpan(parsing: "1e300d") == nil)
        #expect(TimeSpan.minutes(20).description == "20m" && TimeSpan.seconds(90).description == "90s")
    }
}

@Suite struct FuzzTests {
    /// Twelve Good reviews, twice: the same fuzz both times; every fuzzed interval within
    /// py-fsrs's band around the unfuzzed one, and fuzz actually moving some of them.
    @Test func deterministicAndInRange() throws {
        let fsrs = try FSRS(fuzz: true)
        let plain = try FSRS(fuzz: false)
        var a = CardSchedule(newAt: Moment(seconds: 0))
        var b = a
        var t = Moment(seconds: 1_767_000_000)
        var moved = 0
        for _ in 0..<12 {
            let before = a
            a = fsrs.review(a, rating: .good, at: t, cardSeed: Fuzz.cardSeed("card-a"))
            b = fsrs.review(b, rating: .good, at: t, cardSeed: Fuzz.cardSeed("card-a"))
            #expect(a == b)
            if a.state == .review {
                let plainDays = plain.review(before, rating: .good, at: t).due.wholeDays(since: t)
                let days = a.due.wholeDays(since: t)
                let band = Fuzz.range(days: plainDays, maximumInterval: fsrs.maximumInterval)
                #expect(plainDays < 3 ? days == plainDays : (band.min...band.max).contains(days), "\(plainDays) -> \(days)")
                if days != plainDays { moved += 1 }
            }
            t = a.due
        }
        #expect(moved > 0)
        let u = Fuzz.uniform(card: "x", ordinal: 5, rating: .good)
        #expect(u >= 0 && u < 1)
        #expect(u == Fuzz.uniform(card: "x", ordinal: 5, rating: .good))
        #expect(u != Fuzz.uniform(card: "y", ordinal: 5, rating: .good))
    }

    @Test func rangeMatchesPyFSRSBands() {
        #expect(Fuzz.range(days: 3, maximumInterval: 36500) == (2, 4))
        #expect(Fuzz.range(days: 100, maximumInterval: 36500) == (93, 107))
        #expect(Fuzz.range(days: 100, maximumInterval: 50) == (50, 50))
        #expect(Fuzz.apply(days: 2, u: 0.99, maximumInterval: 100) == 2)
    }

    @Test func noFuzzGivesPlainInterval() throws {
        let fsrs = try FSRS(fuzz: false)
        var card = CardSchedule(newAt: Moment(seconds: 0))
        card = fsrs.review(card, rating: .easy, at: Moment(seconds: 0))
        #expect(card.due == Moment(seconds: 0).adding(days: 8))
    }
}

/// Replay of the log: undo, and clocks that go backwards.
@Suite struct ReplayTests {
    static func parse(_ text: String) -> ParsedLog { ReviewLogScanner.parse(Array(text.utf8)) }

    @Test func undoCancelsTheLatestReviewOfThatCard() throws {
        let fsrs = try FSRS(fuzz: false)
        let text = """
            {"card":"a","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"b","rating":1,"at":"2026-03-01T10:01:00Z"}
            {"card":"a","rating":1,"at":"2026-03-01T10:02:00Z"}
            {"card":"a","undo":true,"at":"2026-03-01T10:03:00Z"}
            {"card":"b","undo":true,"at":"2026-03-01T10:04:00Z"}
            {"card":"b","undo":true,"at":"2026-03-01T10:05:00Z"}
            """
        let log = Self.parse(text)
        #expect(Replay.effectiveReviews(log) == [true, false, false, false, false, false])
        let s = Replay.byID(log, fsrs: fsrs)
        #expect(s["b"] == nil)
        let expected = fsrs.review(CardSchedule(newAt: log.eventAt[0]), rating: .good, at: log.eventAt[0])
        #expect(s["a"] == expected)
    }

    /// Suspend, unsuspend and bury lines are not reviews: the memory state is what the reviews
    /// alone give, and an undo still cancels the latest review, not a bury.
    @Test func otherRecordKindsLeaveTheMemoryStateAlone() throws {
        let fsrs = try FSRS(fuzz: false)
        let reviews = """
            {"card":"a","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"a","rating":3,"at":"2026-03-01T10:20:00Z"}
            """
        let mixed = """
            {"card":"a","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"a","suspend":true,"at":"2026-03-01T10:01:00Z"}
            {"card":"a","unsuspend":true,"at":"2026-03-01T10:02:00Z"}
            {"card":"a","rating":3,"at":"2026-03-01T10:20:00Z"}
            {"card":"a","rating":1,"at":"2026-03-01T10:21:00Z"}
            {"card":"a","bury":true,"at":"2026-03-01T10:22:00Z"}
            {"card":"a","undo":true,"at":"2026-03-01T10:23:00Z"}
            """
        let expected = Replay.byID(Self.parse(reviews), fsrs: fsrs)["a"]!
        #expect(expected.reviews == 2)
        #expect(Replay.byID(Self.parse(mixed), fsrs: fsrs)["a"] == expected)
    }

    @Test func clockGoingBackDoesNotCrash() throws {
        let fsrs = try FSRS(fuzz: true)
        let text = """
            {"card":"a","rating":3,"at":"2026-03-10T10:00:00Z"}
            {"card":"a","rating":3,"at":"2026-03-20T10:00:00Z"}
            {"card":"a","rating":4,"at":"2026-03-01T10:00:00Z"}
            {"card":"a","rating":1,"at":"2025-01-01T10:00:00Z"}
            """
        let s = Replay.byID(Self.parse(text), fsrs: fsrs)["a"]!
        #expect(s.reviews == 4)
        #expect(s.stability!.isFinite && s.difficulty!.isFinite)
    }
}
