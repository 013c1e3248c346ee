import Testing

@testable import ReviewLog

/// Issue 16's use of the log: the leech marker, `log check`'s classification, the CSV export.
@Suite struct DailyRecordTests {
    static let at = Moment.parse("2026-03-01T10:00:00Z")!

    @Test func leechSuspensionRoundTripsThroughBothScanners() {
        let line = ReviewRecord.leechSuspension(card: "a", at: Self.at).jsonLine
        #expect(line == #"{"card":"a","suspend":true,"leech":true,"at":"2026-03-01T10:00:00Z"}"#)
        let fast = ReviewLogScanner.parse(Array((line + "\n").utf8))
        // Odd spacing and key order send the line through the full parser.
        let slow = ReviewLogScanner.parse(Array(#"{ "leech" : true, "at":"2026-03-01T10:00:00Z","card":"a","suspend":true}"#.utf8 + [10]))
        for log in [fast, slow] {
            #expect(log.problems.isEmpty)
            #expect(log.eventCode == [ParsedLog.Code.leechSuspend])
            #expect(log.record(0).kind == .suspend && log.record(0).leech)
        }
        // A plain suspension stays plain, and "leech" alone is no record kind.
        let plain = ReviewLogScanner.parse(Array(#"{"card":"a","suspend":true,"leech":false,"at":"2026-03-01T10:00:00Z"}"#.utf8 + [10]))
        #expect(plain.eventCode == [ParsedLog.Code.suspend])
        let alone = ReviewLogScanner.parse(Array(#"{"card":"a","leech":true,"at":"2026-03-01T10:00:00Z"}"#.utf8 + [10]))
        #expect(alone.eventCount == 0 && alone.problems.count == 1)
    }

    @Test func checkSeparatesDamageUnknownKindsAndUnknownIDs() {
        let text = """
            {"card":"a","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"ghost","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"ghost","bury":true,"at":"2026-03-01T10:00:00Z"}
            not json
            {"card":"a","frobnicate":true,"at":"2026-03-01T10:00:00Z"}
            {"card":"a","rating":7,"at":"2026-03-01T10:00:00Z"}
            {"card":"a","rating":3,"at":"2026-03-0
            """
        let check = ReviewLogCheck(log: ReviewLogScanner.parse(Array(text.utf8)), knownIDs: ["a"])
        #expect(check.records == 3)
        #expect(check.damaged.map(\.line) == [4, 6, 7])
        #expect(check.damaged.last!.message.hasPrefix("incomplete last line"))
        #expect(check.unknownKinds == [5])
        #expect(check.unknownIDs.map(\.id) == ["ghost"] && check.unknownIDs[0].records == 2)
        #expect(!check.isClean)
        let clean = ReviewLogCheck(log: ReviewLogScanner.parse(Array(text.split(separator: "\n")[0].utf8) + [10]), knownIDs: ["a"])
        #expect(clean.isClean)
    }

    @Test func csvKeepsEveryFieldQuotesTextAndMarksUndoneReviews() {
        var review = ReviewRecord(card: "a", rating: .good, at: Self.at, durationMs: 1200, answer: "drops \"units\", randomly\nat train", score: 0.75)
        review.leech = true  // ignored on reviews
        let lines = [
            review.jsonLine,
            ReviewRecord(card: "a", rating: .again, at: Self.at.adding(days: 1)).jsonLine,
            ReviewRecord.undo(card: "a", at: Self.at.adding(days: 1)).jsonLine,
            "garbage",
            ReviewRecord.leechSuspension(card: "b", at: Self.at).jsonLine,
        ]
        let (csv, skipped) = ReviewHistoryCSV.export(Array(lines.joined(separator: "\n").utf8))
        #expect(skipped == 1)
        let rows = csv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows[0] == Substring(ReviewHistoryCSV.header))
        #expect(csv.contains(#"1,a,review,3,good,2026-03-01T10:00:00Z,1200,0.75,"drops ""units"", randomly"#))
        #expect(csv.contains("\nat train\",,false\n"), "the first review stands")
        #expect(csv.contains("2,a,review,1,again,2026-03-02T10:00:00Z,,,,,true\n"), "the undone one is marked")
        #expect(csv.contains("3,a,undo,,,2026-03-02T10:00:00Z,,,,,\n"))
        #expect(csv.hasSuffix("5,b,suspend,,,2026-03-01T10:00:00Z,,,,true,\n"))
        #expect(ReviewHistoryCSV.field("plain") == "plain")
    }
}
