import Foundation
import JSONKit
import Testing

/// `dlquiz interview` from a pipe: the study --typed line protocol, the report, and --log.
@Suite struct InterviewCommandTests {
    func freshHome() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func events(_ stdout: String) -> [JSON] {
        stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
    }

    /// The questions seed 7 asks (all skipped), and a script answering them: the first with its
    /// model answer, then an empty line (an error, same question), then a skip, a wrong answer, and
    /// the exercise's exact answer.
    func script(_ env: [String: String]) throws -> (ids: [String], stdin: String) {
        let dry = try DLQuizProcess.run(["interview", "--json", "--seed", "7", "--questions", "4"],
                                        stdin: "s\ns\ns\ns\n", environment: env)
        #expect(dry.status == 0, "\(dry.stderr)")
        let cards = events(dry.stdout).filter { $0["event"]?.stringValue == "card" }
        let ids = cards.compactMap { $0["id"]?.stringValue }
        #expect(ids.count == 4)
        #expect(cards[3]["kind"]?.stringValue == "exercise")
        let show = try JSONParser.parse(try DLQuizProcess.run(["show", ids[0], "--json"], environment: env).stdout)
        let model = show["answer"]!.stringValue!.replacingOccurrences(of: "\n", with: " ")
        let exercise = try DLQuizProcess.run(
            ["exercise", ids[3], "--seed", String(cards[3]["seed"]!.intValue!), "--json"], environment: env)
        let expected = try JSONParser.parse(exercise.stdout)["answer_text"]!.stringValue!
        return (ids, "\(model)\n\ns\nno idea at all\n\(expected)\n")
    }

    @Test func scriptedPipeInterviewReportsAndLeavesTheScheduleAlone() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let (ids, stdin) = try script(env)
        let r = try DLQuizProcess.run(["interview", "--json", "--seed", "7", "--questions", "4"], stdin: stdin, environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        let all = events(r.stdout)
        #expect(all.count == r.stdout.split(separator: "\n").count, "with --json every line is JSON")
        #expect(all.compactMap { $0["event"]?.stringValue }
            == ["start", "card", "graded", "card", "error", "card", "skipped", "card", "graded", "card", "graded", "report"])
        // The empty line asked the same question again.
        #expect(all.filter { $0["event"]?.stringValue == "card" }.compactMap { $0["id"]?.stringValue }
            == [ids[0], ids[1], ids[1], ids[2], ids[3]])
        let graded = all.filter { $0["event"]?.stringValue == "graded" }
        #expect(graded[0]["score"]!.doubleValue! >= 0.75, "the model answer scores high")
        #expect(graded[1]["score"]?.doubleValue == 0)
        #expect(graded[2]["correct"] == .bool(true) && graded[2]["score"]?.doubleValue == 1)
        let report = all.last!
        #expect(report["answered"]?.intValue == 3)
        let topics = report["topics"]!.arrayValue!
        #expect(topics.map { $0["answered"]!.intValue! }.reduce(0, +) == 3)
        let scores = topics.map { $0["score"]!.doubleValue! }
        #expect(scores == scores.sorted(), "weakest first")
        // The skipped and the wrong answer are the weakest (both 0, in the order asked).
        #expect(report["weakest"]?.arrayValue?.compactMap(\.stringValue).prefix(2) == [ids[1], ids[2]])
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("reviews.jsonl").path),
                "nothing logged without --log")
    }

    @Test func logSavesEachAnswerWithScoreAndTextEndsWithTheJSONReport() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let (ids, stdin) = try script(env)
        let r = try DLQuizProcess.run(["interview", "--seed", "7", "--questions", "4", "--log"], stdin: stdin, environment: env)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("By topic, weakest first:"))
        #expect(r.stdout.contains("Worst answered:") && r.stdout.contains("    missed: "))
        #expect(r.stdout.contains("To study them:") && r.stdout.contains("dlquiz show \(ids[2])"))
        let last = try JSONParser.parse(String(r.stdout.split(separator: "\n").last!))
        #expect(last["event"]?.stringValue == "report")
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(log.compactMap { $0["card"]?.stringValue } == [ids[0], ids[2], ids[3]])
        #expect(log.map { $0["rating"]?.intValue } == [log[0]["rating"]!.intValue!, 1, 3])
        #expect(log[1]["score"]?.doubleValue == 0 && log[2]["score"]?.doubleValue == 1)
    }

    @Test func badOptionsAreUsageErrors() throws {
        for args in [["--questions", "0"], ["--minutes", "0"], ["--level", "expert"]] {
            let r = try DLQuizProcess.run(["interview"] + args)
            #expect(r.status == 2 && r.stderr.split(separator: "\n").count == 1, "\(args): \(r.stderr)")
        }
        let r = try DLQuizProcess.run(["interview", "--tag", "nope"], stdin: "")
        #expect(r.status == 1 && r.stderr.contains("unknown tag"))
    }
}
