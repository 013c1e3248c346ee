import Foundation
import JSONKit
import Testing

/// Issue 10, items 1-5, through the real binary: the options reach the scheduler and the
/// messages say what happened.
@Suite struct SchedulingFixesTests {
    func home(log: String = "") throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-sched-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        if !log.isEmpty { try log.write(to: dir.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8) }
        return dir
    }

    func summary(_ stdout: String) throws -> JSON {
        try JSONParser.parse(String(stdout.split(separator: "\n").last!))
    }

    /// --learn-ahead 0: after Good the card waits for its 10-minute step, and the pipe session
    /// ends with a summary that says when it returns. With the default it comes back at once.
    @Test func learnAheadZeroEndsThePipeSessionWithTheReturnTime() throws {
        let dir = try home()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["DLQUIZ_HOME": dir.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let r = try DLQuizProcess.run(["study", "--json", "--limit", "1", "--learn-ahead", "0"], stdin: "3\n3\n", environment: env)
        #expect(r.status == 0)
        let s = try summary(r.stdout)
        #expect(s["reviewed"]?.intValue == 1)
        #expect(s["next_learning_due"]?.stringValue == "2026-03-01T10:10:00Z")
        let text = try DLQuizProcess.run(["study", "--new", "1", "--learn-ahead", "0", "--now", "2026-03-01T10:01:00Z"], stdin: "", environment: ["DLQUIZ_HOME": dir.path])
        #expect(text.stdout.contains("the next learning card returns in 9m"))
        let bad = try DLQuizProcess.run(["study", "--learn-ahead", "soon"], stdin: "", environment: env)
        #expect(bad.status == 2)
    }

    @Test func statsUnderATagKnowsTheRestOfTheDeck() throws {
        let dir = try home(log: """
            {"card":"dropout","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"no-such-card","rating":3,"at":"2026-03-01T10:00:00Z"}

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try DLQuizProcess.run(["stats", "--json", "--tag", "rnn", "--now", "2026-03-02T10:00:00Z"], environment: ["DLQUIZ_HOME": dir.path])
        let j = try JSONParser.parse(r.stdout)
        #expect(j["unknown_cards"]?.intValue == 1)
        #expect(j["total_reviews"]?.intValue == 0)
        let past = try DLQuizProcess.run(["stats", "--json", "--now", "2026-02-28T10:00:00Z"], environment: ["DLQUIZ_HOME": dir.path])
        #expect(try JSONParser.parse(past.stdout)["total_reviews"]?.intValue == 0)
    }

    @Test func newLimitAndNextDueAreAboutTheseCards() throws {
        let dir = try home(log: #"{"card":"no-such-card","rating":3,"at":"2026-03-01T09:00:00Z"}"# + "\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["DLQUIZ_HOME": dir.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let r = try DLQuizProcess.run(["study", "--json", "--tag", "rnn", "--new", "0"], stdin: "", environment: env)
        let s = try summary(r.stdout)
        #expect(s["next_due"] == .null)
        #expect((s["new_waiting"]?.intValue ?? 0) > 0 && s["new_per_day"]?.intValue == 0)
        let t = try DLQuizProcess.run(["study", "--tag", "rnn", "--new", "0"], stdin: "", environment: env)
        #expect(t.stdout.contains("new rnn cards wait beyond today's limit of 0 new cards (--new)"))
    }

    @Test func backwardsTimesAreWarnedAndStudyInThePastIsRefused() throws {
        let dir = try home(log: """
            {"card":"dropout","rating":3,"at":"2026-03-10T10:00:00Z"}
            {"card":"dropout","rating":3,"at":"2026-03-09T10:00:00Z"}

            """)
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("reviews.jsonl").path
        let s = try DLQuizProcess.run(["schedule", "--log", log])
        #expect(s.status == 0)
        #expect(s.stderr.contains("line 2: dropout at 2026-03-09T10:00:00Z is earlier than its previous line"))
        let refused = try DLQuizProcess.run(["study", "--now", "2026-03-05T10:00:00Z"], stdin: "3\n", environment: ["DLQUIZ_HOME": dir.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.split(separator: "\n").count == 1 && refused.stderr.contains("--allow-past"))
        #expect(try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").count == 2)
        let allowed = try DLQuizProcess.run(["study", "--now", "2026-03-05T10:00:00Z", "--allow-past", "--limit", "1"], stdin: "3\n", environment: ["DLQUIZ_HOME": dir.path])
        #expect(allowed.status == 0)
    }
}
