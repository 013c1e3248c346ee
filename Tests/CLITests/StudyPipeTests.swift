import Foundation
import JSONKit
import Testing

/// The study line protocol and the review log's promises, tested through the real binary.
@Suite struct StudyPipeTests {
    func freshHome() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func logLines(_ home: URL) throws -> [String] {
        let text = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    @Test func pipeSessionGradesRetriesBadLinesAndEndsCleanlyAtEOF() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let r = try DLQuizProcess.run(["study", "--json", "--limit", "3"], stdin: "good\nbogus\n2\n", environment: env)
        #expect(r.status == 0)
        let events = r.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        let kinds = events.compactMap { $0["event"]?.stringValue }
        #expect(kinds.filter { $0 == "graded" }.count == 2)
        #expect(kinds.contains("error"))
        #expect(kinds.last == "summary")
        // The card asked again after the bad line is the same card.
        let cards = events.filter { $0["event"]?.stringValue == "card" }.compactMap { $0["id"]?.stringValue }
        #expect(cards.count >= 3 && cards[1] == cards[2])
        let log = try logLines(home).map { try JSONParser.parse($0) }
        #expect(log.map { $0["rating"]?.intValue } == [3, 2])
        #expect(log.allSatisfy { $0["at"]?.stringValue == "2026-03-01T10:00:00Z" && $0["card"]?.stringValue != nil })
    }

    @Test func killMinusNineLosesNoGradedReview() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = DLQuizProcess.binary
        process.arguments = ["study", "--json", "--new", "50", "--limit", "50"]
        var env = ProcessInfo.processInfo.environment
        env["DLQUIZ_HOME"] = home.path
        process.environment = env
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Converse line by line: grade each concept card Good (skip exercise cards, which take a
        // numeric answer) and stop after eight grades have been reported.
        var pending = ""
        var graded = 0
        reading: while graded < 8 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            pending += String(decoding: chunk, as: UTF8.self)
            while let newline = pending.firstIndex(of: "\n") {
                let line = String(pending[..<newline])
                pending = String(pending[pending.index(after: newline)...])
                guard let event = try? JSONParser.parse(line) else { continue }
                switch event["event"]?.stringValue {
                case "card":
                    let reply = event["kind"]?.stringValue == "exercise" ? "s\n" : "3\n"
                    input.fileHandleForWriting.write(Data(reply.utf8))
                case "graded":
                    graded += 1
                    if graded == 8 { break reading }
                default:
                    break
                }
            }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(graded == 8)
        // Every review reported as graded is on disk, intact.
        let lines = try logLines(home)
        #expect(lines.count >= graded)
        #expect(lines.allSatisfy { (try? JSONParser.parse($0)) != nil })
    }

    /// SIGTERM ends a session that waits for its next line, even when the parent process (this test
    /// runner) left the signal blocked: dlquiz unblocks it at start.
    @Test func sigtermEndsASessionWaitingForInput() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = DLQuizProcess.binary
        process.arguments = ["study", "--json"]
        var env = ProcessInfo.processInfo.environment
        env["DLQUIZ_HOME"] = home.path
        process.environment = env
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        _ = output.fileHandleForReading.availableData  // the first card: it now waits for a line
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let ended = !process.isRunning
        if !ended { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(ended)
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
    }

    @Test func twoSessionsAppendingAtOnceKeepEveryLine() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let grades = String(repeating: "3\n", count: 40)
        let results = [Result<DLQuizProcess.Output, Error>?](repeating: nil, count: 2)
        let box = ResultsBox(results)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let real = Result {
                try DLQuizProcess.run(["study", "--order", "deck", "--new", "40", "--limit", "40"], stdin: grades, environment: ["DLQUIZ_HOME": home.path])
            }
            box.set(i, real)
        }
        for r in box.values { #expect(try r?.get().status == 0) }
        let lines = try logLines(home)
        #expect(lines.count == 80)
        #expect(lines.allSatisfy { (try? JSONParser.parse($0))?["rating"]?.intValue == 3 })
    }

    @Test func tornLastLineIsReportedOnceAndKept() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let log = home.appendingPathComponent("reviews.jsonl")
        let good = #"{"card":"dropout","rating":3,"at":"2026-03-01T10:00:00Z"}"# + "\n"
        let torn = #"{"card":"dropout","rat"#
        try (good + torn).write(to: log, atomically: true, encoding: .utf8)
        let r = try DLQuizProcess.run(["stats", "--json", "--now", "2026-03-02T10:00:00Z"], environment: ["DLQUIZ_HOME": home.path])
        #expect(r.status == 0)
        #expect(r.stderr.contains("line 2"))
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOf: log, encoding: .utf8) == good + torn, "the log is never rewritten")
        // Studying after the crash appends on a fresh line and keeps the torn bytes.
        let s = try DLQuizProcess.run(["study", "--limit", "1"], stdin: "4\n",
                                      environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-05T10:00:00Z"])
        #expect(s.status == 0)
        let after = try String(contentsOf: log, encoding: .utf8)
        #expect(after.hasPrefix(good + torn + "\n"))
        #expect(after.split(separator: "\n").count == 3)
    }

    @Test func aReviewDatedBeforeThePreviousOneIsReplayedWithoutCrashing() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let log = home.appendingPathComponent("reviews.jsonl")
        try """
            {"card":"dropout","rating":3,"at":"2026-03-05T10:00:00Z"}
            {"card":"dropout","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"dropout","rating":1,"at":"2026-03-01T09:00:00Z"}

            """.write(to: log, atomically: true, encoding: .utf8)
        let s = try DLQuizProcess.run(["schedule", "--log", log.path, "--json", "--no-fuzz"])
        #expect(s.status == 0)
        #expect(s.stdout.split(separator: "\n").count == 3)
        let st = try DLQuizProcess.run(["stats", "--json", "--now", "2026-03-06T10:00:00Z"], environment: ["DLQUIZ_HOME": home.path])
        #expect(st.status == 0)
    }

    @Test func unusableHomeIsOneClearError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-file-\(getpid())")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        // A home that cannot be created (under a file) is one line and exit 1.
        let r = try DLQuizProcess.run(["study"], stdin: "3\n", environment: ["DLQUIZ_HOME": file.path + "/dlquiz-home"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("dlquiz: ") && r.stderr.split(separator: "\n").count == 1)
        let f = try DLQuizProcess.run(["stats"], environment: ["DLQUIZ_HOME": file.path])
        #expect(f.status == 1)
    }
}

/// Results written from concurrent iterations.
final class ResultsBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<DLQuizProcess.Output, Error>?]
    init(_ items: [Result<DLQuizProcess.Output, Error>?]) { self.items = items }
    func set(_ i: Int, _ r: Result<DLQuizProcess.Output, Error>) { lock.lock(); items[i] = r; lock.unlock() }
    var values: [Result<DLQuizProcess.Output, Error>?] { lock.lock(); defer { lock.unlock() }; return items }
}
