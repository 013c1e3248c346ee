import Foundation
import Testing

@testable import ReviewLog

/// The log format, the scanner's tolerance of damage, undo, and crash-safe appends.
@Suite struct ReviewLogTests {
    static func parse(_ text: String) -> ParsedLog { ReviewLogScanner.parse(Array(text.utf8)) }

    @Test func readsWhatItWrites() {
        let records = [
            ReviewRecord(card: "a", rating: .good, at: Moment.parse("2026-03-01T10:00:00Z")!, durationMs: 1200),
            ReviewRecord(card: "b \"q\"", rating: .again, at: Moment.parse("2026-03-01T10:00:01.5Z")!, answer: "x\ny"),
            ReviewRecord.undo(card: "a", at: Moment.parse("2026-03-01T10:00:02Z")!),
        ]
        let text = records.map { $0.jsonLine + "\n" }.joined()
        #expect(records[0].jsonLine == #"{"card":"a","rating":3,"at":"2026-03-01T10:00:00Z","duration_ms":1200}"#)
        let log = Self.parse(text)
        #expect(log.problems.isEmpty)
        #expect(log.cardIDs == ["a", "b \"q\""])
        #expect(log.eventCard == [0, 1, 0])
        #expect(log.eventCode == [3, 1, 0])
        #expect(log.eventAt == records.map(\.at))
    }

    /// The record kinds issue 16 will write: one line shape each, read back by both scanners
    /// (the fast one, and the full parser for odd layout).
    @Test func everyRecordKindRoundTrips() {
        let at = Moment.parse("2026-03-01T10:00:00Z")!
        let records: [ReviewRecord] = [
            ReviewRecord(card: "a", kind: .suspend, at: at),
            ReviewRecord(card: "a", kind: .unsuspend, at: at),
            ReviewRecord(card: "b", kind: .bury, at: at),
            ReviewRecord(card: "b", rating: .easy, at: at),
            .undo(card: "b", at: at),
        ]
        #expect(records.map(\.jsonLine) == [
            #"{"card":"a","suspend":true,"at":"2026-03-01T10:00:00Z"}"#,
            #"{"card":"a","unsuspend":true,"at":"2026-03-01T10:00:00Z"}"#,
            #"{"card":"b","bury":true,"at":"2026-03-01T10:00:00Z"}"#,
            #"{"card":"b","rating":4,"at":"2026-03-01T10:00:00Z"}"#,
            #"{"card":"b","undo":true,"at":"2026-03-01T10:00:00Z"}"#,
        ])
        let fast = Self.parse(records.map { $0.jsonLine + "\n" }.joined())
        // The same lines with spaces and an escaped id go through JSONKit's parser.
        let slow = Self.parse(records.map { $0.jsonLine.replacingOccurrences(of: ",\"", with: " , \"").replacingOccurrences(of: "\"a\"", with: #""\u0061""#) + "\n" }.joined())
        for log in [fast, slow] {
            #expect(log.problems.isEmpty)
            #expect(log.eventCode == [ParsedLog.Code.suspend, ParsedLog.Code.unsuspend, ParsedLog.Code.bury, 4, ParsedLog.Code.undo])
            #expect((0..<log.eventCount).map(log.record) == records)
        }
    }

    /// A line from a newer dlquiz (a kind this one does not know) is reported and skipped, the
    /// lines around it kept, and the file left as it was.
    @Test func unknownRecordKindIsReportedAndSkipped() throws {
        let text = """
            {"card":"a","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"a","flag":"red","at":"2026-03-01T10:01:00Z"}
            {"card":"a","suspend":true,"bury":true,"at":"2026-03-01T10:02:00Z"}
            {"card":"a", "archive" : true, "at":"2026-03-01T10:03:00Z", "x": [1]}
            {"card":"a","suspend":false,"at":"2026-03-01T10:04:00Z"}
            {"card":"b","bury":true,"at":"2026-03-01T10:05:00Z"}

            """
        let path = Self.temporaryFolder() + "/reviews.jsonl"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let log = ReviewLogScanner.parse(try ReviewLogFile.read(path: path))
        #expect(log.eventCode == [3, ParsedLog.Code.bury])
        #expect(log.problems.map(\.line) == [2, 3, 4, 5])
        #expect(log.problems[0].message.hasPrefix("unknown record kind"))
        #expect(log.problems[1].message.hasPrefix("more than one record kind"))
        #expect(log.problems[2].message.hasPrefix("unknown record kind"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func reportsGarbledAndTornLinesAndKeepsTheRest() {
        let text = """
            {"card":"a","rating":3,"at":"2026-03-01T10:00:00Z"}
            garbage here
            {"card":"a","rating":7,"at":"2026-03-01T10:00:00Z"}
            {"rating":3,"at":"2026-03-01T10:00:00Z"}

              { "at" : "2026-03-02T10:00:00+00:00", "rating": 4 , "card" : "c", "extra": [1,2] }
            {"card":"b","rating":2,"at":"2026-03-0
            """
        let log = Self.parse(text)
        #expect(log.cardIDs == ["a", "c"])
        #expect(log.eventCode == [3, 4])
        #expect(log.problems.map(\.line) == [2, 3, 4, 7])
        #expect(log.problems.last!.message.hasPrefix("incomplete last line"))
    }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "dlquiz-test-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func appendAfterATornLineStartsAFreshLine() throws {
        let dir = Self.temporaryFolder()
        let path = dir + "/reviews.jsonl"
        let torn = #"{"card":"a","rating":3,"at":"2026-03-01T10:00:00Z"}"# + "\n" + #"{"card":"b","rat"#
        try torn.write(toFile: path, atomically: false, encoding: .utf8)
        let file = try ReviewLogFile(appendingTo: path)
        try file.append(ReviewRecord(card: "c", rating: .easy, at: Moment(seconds: 1_772_359_200)))
        let bytes = try ReviewLogFile.read(path: path)
        #expect(String(decoding: bytes, as: UTF8.self).hasPrefix(torn + "\n{\"card\":\"c\""))
        let log = ReviewLogScanner.parse(bytes)
        #expect(log.cardIDs == ["a", "c"])
        #expect(log.problems.map(\.line) == [2])
    }

    @Test func concurrentAppendsKeepEveryLine() async throws {
        let dir = Self.temporaryFolder()
        let path = dir + "/reviews.jsonl"
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let file = try! ReviewLogFile(appendingTo: path)
                    for i in 0..<100 {
                        try! file.append(ReviewRecord(card: "w\(writer)-\(i)", rating: .good, at: Moment(seconds: 1_772_359_200 + Int64(i)), answer: String(repeating: "x", count: 5000)))
                    }
                }
            }
        }
        let log = ReviewLogScanner.parse(try ReviewLogFile.read(path: path))
        #expect(log.problems.isEmpty)
        #expect(log.eventCount == 400)
        #expect(Set(log.cardIDs).count == 400)
    }

    @Test func missingHomeIsAClearError() throws {
        #expect(throws: ReviewLogError.self) {
            try ReviewLogFile.prepareHome("/nonexistent/dlquiz-home", mustExist: true)
        }
        #expect(throws: ReviewLogError.self) { try ReviewLogFile(appendingTo: "/nonexistent/dir/reviews.jsonl") }
        #expect(try ReviewLogFile.read(path: "/nonexistent/reviews.jsonl").isEmpty)
    }
}

/// Large logs are scanned in two halves on two threads; the merge must equal a one-pass scan.
@Suite struct ParallelScanTests {
    @Test func twoHalvesMergeToTheSameLog() {
        var text = ""
        for i in 0..<90_000 {
            if i == 70_000 { text += "garbled {\n" }
            text += #"{"card":"c-\#(i % 997)","rating":\#(1 + i % 4),"at":"2026-03-01T10:00:00Z","duration_ms":1000}"# + "\n"
        }
        let bytes = Array(text.utf8)
        #expect(bytes.count > ReviewLogScanner.parallelThreshold)
        let parallel = ReviewLogScanner.parse(bytes)
        let single = bytes.withUnsafeBufferPointer { ReviewLogScanner.parseChunk($0, 0, $0.count).log }
        #expect(parallel.eventCount == 90_000)
        #expect(parallel.cardIDs == single.cardIDs)
        #expect(parallel.eventCard == single.eventCard)
        #expect(parallel.eventCode == single.eventCode)
        #expect(parallel.eventAt == single.eventAt)
        #expect(parallel.eventLine == single.eventLine && parallel.eventLine.last == 90_001)
        #expect(parallel.problems.map(\.line) == [70_001])
        #expect(single.problems.map(\.line) == [70_001])
    }
}

/// Issue 10, item 5: lines whose time goes backwards for their card, with their line numbers.
@Suite struct TimeReversalTests {
    @Test func reportsEachLineEarlierThanItsCardsPreviousLine() {
        let text = """
            {"card":"a","rating":3,"at":"2026-03-10T10:00:00Z"}
            {"card":"b","rating":3,"at":"2026-03-01T10:00:00Z"}
            garbage

            {"card":"a","rating":3,"at":"2026-03-09T10:00:00Z"}
            {"card":"a","rating":3,"at":"2026-03-09T10:00:00Z"}
            {"card":"a","undo":true,"at":"2026-03-08T10:00:00Z"}
            """
        let log = ReviewLogScanner.parse(Array(text.utf8))
        let reversals = log.timeReversals()
        #expect(reversals.map(\.event) == [2, 4])
        #expect(reversals.map { log.eventLine[$0.event] } == [5, 7])
        #expect(reversals.map(\.previous) == [Moment.parse("2026-03-10T10:00:00Z")!, Moment.parse("2026-03-09T10:00:00Z")!])
        #expect(log.latest == Moment.parse("2026-03-10T10:00:00Z")!)
        #expect(log.until(Moment.parse("2026-03-09T10:00:00Z")!).eventCount == 4)
    }
}
