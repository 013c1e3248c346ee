import Foundation
import JSONKit
import Testing

/// `dlquiz optimize` as a user runs it: fit, save, the saved set used by stats, evaluate, reset,
/// and clear one-line failures on bad input.
@Suite struct OptimizeCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = root.appendingPathComponent("Tests/SchedulerTests/Fixtures/optimizer/forgetful-2000.jsonl")

    func home() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-optimize-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func savesUsesEvaluatesAndResets() throws {
        let dir = try home()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: Self.fixture, to: dir.appendingPathComponent("reviews.jsonl"))
        let env = ["DLQUIZ_HOME": dir.path, "TZ": "UTC", "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let fit = try DLQuizProcess.run(["optimize", "--json", "--save"], environment: env)
        #expect(fit.status == 0, "\(fit.stderr)")
        let json = try JSONParser.parse(fit.stdout)
        let parameters = json["parameters"]?.arrayValue?.compactMap(\.doubleValue) ?? []
        #expect(parameters.count == 21)
        #expect(json["saved"]?.boolValue == true)
        #expect(json["log_loss"]!.doubleValue! < json["default"]!["log_loss"]!.doubleValue!)
        let saved = try JSONParser.parse(String(contentsOf: dir.appendingPathComponent("parameters.json"), encoding: .utf8))
        #expect(saved["parameters"]?.arrayValue?.compactMap(\.doubleValue) == parameters)
        // The saved parameters are what --evaluate (and study, stats, schedule) use now.
        let evaluated = try JSONParser.parse(try DLQuizProcess.run(["optimize", "--evaluate", "--json"], environment: env).stdout)
        #expect(evaluated["source"]?.stringValue == "saved")
        #expect(evaluated["log_loss"]?.doubleValue == json["log_loss"]?.doubleValue)
        let replay = try DLQuizProcess.run(["schedule", "--log", Self.fixture.path, "--json", "--no-fuzz"], environment: env)
        let first = try JSONParser.parse(String(replay.stdout.split(separator: "\n")[0]))
        let rating = first["rating"]!.intValue!
        #expect(first["stability"]?.doubleValue.map { abs($0 - parameters[rating - 1]) < 1e-9 } == true, "a first review's S is w[rating - 1]")
        let reset = try DLQuizProcess.run(["optimize", "--reset"], environment: env)
        #expect(reset.status == 0 && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("parameters.json").path))
    }

    @Test func badInputGetsOneClearLine() throws {
        let dir = try home()
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["DLQUIZ_HOME": dir.path]
        let log = dir.appendingPathComponent("reviews.jsonl")
        let empty = try DLQuizProcess.run(["optimize"], environment: env)
        #expect(empty.status == 1 && empty.stderr.contains("no reviews"))
        try "{\"card\":\"a\",\"rating\":3,\"at\":\"2026-03-01T10:00:00Z\"}\ngarbage\n{\"card\":\"a\",\"rating\":1,\"at\":\"2026-03-01T10:05:00Z\"}\n"
            .write(to: log, atomically: true, encoding: .utf8)
        let sameDay = try DLQuizProcess.run(["optimize"], environment: env)
        #expect(sameDay.status == 1 && sameDay.stderr.contains("nothing to predict yet") && sameDay.stderr.contains("line 2"))
        try "{\"card\":\"a\",\"rating\":3,\"at\":\"2026-03-01T10:00:00Z\"}\n{\"card\":\"a\",\"rating\":3,\"at\":\"2026-03-05T10:00:00Z\"}\n"
            .write(to: log, atomically: true, encoding: .utf8)
        let oneCard = try DLQuizProcess.run(["optimize", "--save"], environment: env)
        #expect(oneCard.status == 0 && oneCard.stdout.contains("kept the default parameters") && oneCard.stdout.contains("Nothing saved"))
        try "{\"parameters\":[1,2]}".write(to: dir.appendingPathComponent("parameters.json"), atomically: true, encoding: .utf8)
        let damaged = try DLQuizProcess.run(["stats"], environment: env)
        #expect(damaged.status == 1 && damaged.stderr.contains("optimize --reset"))
        let missing = try DLQuizProcess.run(["optimize", "--log", "/nonexistent.jsonl"], environment: env)
        #expect(missing.status == 1 && missing.stderr.split(separator: "\n").count == 1)
    }
}
