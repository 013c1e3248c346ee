import Foundation
import JSONKit
import Testing

import ReviewLog
@testable import Scheduler

/// FSRS-6 against vectors generated with py-fsrs 6.3.2 (Fixtures/fsrs-vectors.jsonl, made by
/// gen/make_vectors.py in the helper's venv): states, steps and due exactly; S, D, R within 1e-12.
@Suite struct FSRSReferenceTests {
    static func scheduler(_ config: JSON) throws -> FSRS {
        let weights = config["parameters"]!.arrayValue!.map { $0.doubleValue! }
        return try FSRS(
            parameters: FSRSParameters(weights),
            desiredRetention: config["desired_retention"]!.doubleValue!,
            learningSteps: config["learning_steps"]!.arrayValue!.map { Int64($0.intValue!) * 1_000_000 },
            relearningSteps: config["relearning_steps"]!.arrayValue!.map { Int64($0.intValue!) * 1_000_000 },
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
        #expect(throws: SchedulerError("expected 21 FSRS parameters, got 20")) {
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

@Suite struct FuzzTests {
    @Test func deterministicAndInRange() throws {
        let fsrs = try FSRS(fuzz: true)
        var a = CardSchedule(newAt: Moment(seconds: 0))
        var b = a
        var t = Moment(seconds: 1_767_000_000)
        var distinct = Set<Int64>()
        for _ in 0..<12 {
            a = fsrs.review(a, rating: .good, at: t, cardSeed: Fuzz.cardSeed("card-a"))
            b = fsrs.review(b, rating: .good, at: t, cardSeed: Fuzz.cardSeed("card-a"))
            #expect(a == b)
            distinct.insert(a.due.micros - t.micros)
            t = a.due
        }
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
