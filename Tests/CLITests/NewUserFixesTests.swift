import Foundation
import JSONKit
import Testing

/// Issue 10, the command-line items: each test failed before its fix.
@Suite struct NewUserFixesTests {
    func freshHome() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func events(_ stdout: String) -> [JSON] {
        stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
    }

    /// Item 13: a missing DLQUIZ_HOME is created; a path that is a file is still an error.
    @Test func aMissingHomeIsCreated() throws {
        let base = try freshHome()
        defer { try? FileManager.default.removeItem(at: base) }
        let home = base.appendingPathComponent("a/b/dq")
        let r = try DLQuizProcess.run(["study", "--json", "--limit", "1"], stdin: "3\n",
                                      environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("reviews.jsonl").path))
        let file = base.appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let f = try DLQuizProcess.run(["stats"], environment: ["DLQUIZ_HOME": file.path])
        #expect(f.status == 1 && f.stderr.split(separator: "\n").count == 1)
    }

    /// Item 10: a reader that goes away ends dlquiz quietly, like `cat` or `grep`.
    @Test func aClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = DLQuizProcess.binary
        process.arguments = ["list"]
        process.environment = ProcessInfo.processInfo.environment.merging(["DLQUIZ_HOME": DLQuizProcess.isolatedHome]) { $1 }
        let out = Pipe(), err = Pipe()
        try out.fileHandleForReading.close()  // the reader is gone before the first write
        process.standardOutput = out
        process.standardError = err
        try process.run()
        try out.fileHandleForWriting.close()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(errText.isEmpty)
        #expect(process.terminationStatus == 141)
    }

    /// Item 10: a review graded before the reader went away stays in the log.
    @Test func aReviewWrittenBeforeTheReaderLeftStaysWritten() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let process = Process()
        process.executableURL = DLQuizProcess.binary
        process.arguments = ["study", "--limit", "3"]
        var env = ProcessInfo.processInfo.environment
        env["DLQUIZ_HOME"] = home.path
        env["DLQUIZ_NOW"] = "2026-03-01T10:00:00Z"
        process.environment = env
        let input = Pipe(), output = Pipe(), err = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = err
        try process.run()
        var seen = ""
        while !seen.contains("q quit\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        try output.fileHandleForReading.close()
        input.fileHandleForWriting.write(Data("3\n".utf8))
        try input.fileHandleForWriting.close()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(errText.isEmpty)
        #expect(process.terminationStatus == 141)
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1)
    }

    /// Item 12: an unknown tag is one line that names the tags; repeated --tag means any of them (OR).
    @Test func anUnknownTagNamesTheTagsAndRepeatedTagsAreOr() throws {
        let r = try DLQuizProcess.run(["list", "--tag", "cnnn"])
        #expect(r.status == 1)
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stderr.contains("unknown tag 'cnnn'") && r.stderr.contains("cnn") && r.stderr.contains("rnn"))
        for command in [["study", "--json"], ["stats"]] {
            let s = try DLQuizProcess.run(command + ["--tag", "nope"], stdin: "", environment: ["DLQUIZ_HOME": try freshHome().path])
            #expect(s.status == 1 && s.stderr.contains("unknown tag 'nope'"), "\(command)")
        }
        func ids(_ args: [String]) throws -> Set<String> {
            let json = try JSONParser.parse(try DLQuizProcess.run(["list", "--json"] + args).stdout)
            return Set((json.arrayValue ?? []).compactMap { $0["id"]?.stringValue })
        }
        let cnn = try ids(["--tag", "cnn"]), rnn = try ids(["--tag", "rnn"])
        #expect(!cnn.isEmpty && !rnn.isEmpty)
        #expect(try ids(["--tag", "cnn", "--tag", "rnn"]) == cnn.union(rnn))
    }

    /// Item 7: in typed study a line that is exactly q, s or u is a command; `\q` is the answer "q".
    @Test func typedPipeCommandsAndTheirEscape() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let r = try DLQuizProcess.run(["study", "--typed", "--json", "--limit", "3"], stdin: "s\n\\q\nquit\nq\n", environment: env)
        #expect(r.status == 0)
        let kinds = events(r.stdout).compactMap { $0["event"]?.stringValue }
        #expect(kinds.filter { $0 == "skipped" }.count == 1)
        #expect(kinds.filter { $0 == "graded" }.count == 2, "\\q and quit are answers")
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        let answers = log.split(separator: "\n").compactMap { try? JSONParser.parse(String($0))["answer"]?.stringValue }
        #expect(answers == ["q", "quit"])
        #expect(kinds.last == "summary")
    }

    /// Item 8: from a pipe, an empty typed answer gets an error event and the same card again.
    @Test func anEmptyTypedAnswerFromAPipeIsAnError() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let r = try DLQuizProcess.run(["study", "--typed", "--json", "--limit", "1"], stdin: "\n  \nsome answer\n", environment: env)
        let all = events(r.stdout)
        let kinds = all.compactMap { $0["event"]?.stringValue }
        #expect(Array(kinds.prefix(6)) == ["card", "error", "card", "error", "card", "graded"])
        #expect(kinds.last == "summary")
        let cards = all.filter { $0["event"]?.stringValue == "card" }.compactMap { $0["id"]?.stringValue }
        #expect(Set(cards.prefix(3)).count == 1, "the same card after each empty line")
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1)
    }

    /// Item 9: a personal card in typed pipe mode shows its sample answer once, and the JSON agrees.
    @Test func aPersonalCardShowsItsAnswerOnceAndTheJSONAgrees() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let args = ["study", "--typed", "--tag", "tools", "--level", "basic", "--limit", "1"]
        let text = try DLQuizProcess.run(args, stdin: "PyTorch mostly\n3\n", environment: env)
        #expect(text.status == 0)
        #expect(text.stdout.components(separatedBy: "Keras").count - 1 == 1, "the answer appears once:\n\(text.stdout)")
        try FileManager.default.removeItem(at: home.appendingPathComponent("reviews.jsonl"))
        let json = try DLQuizProcess.run(args + ["--json"], stdin: "PyTorch mostly\n3\n", environment: env)
        let selfGrade = try #require(events(json.stdout).first { $0["event"]?.stringValue == "self_grade" })
        #expect(selfGrade["answer"]?.stringValue?.contains("Keras") == true)
        let note = selfGrade["grade"]?["note"]?.stringValue ?? ""
        #expect(!note.contains("no reference answer"), "the note must not deny the answer it sits beside: \(note)")
    }

    /// Item 19: the pipe's text header gives the due and new cards left, not a shifting "of M".
    @Test func studyHeaderShowsDueAndNewLeft() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let r = try DLQuizProcess.run(["study", "--limit", "2"], stdin: "1\n",
                                      environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"])
        let header = try #require(r.stdout.split(separator: "\n").first)
        #expect(header.hasPrefix("0 due · 2 new left · "), "\(header)")
    }

    /// Item 19: stats draws reviews per day as one compact row, not 28 lines.
    @Test func statsReviewsPerDayIsOneRow() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        try """
            {"card":"dropout","rating":3,"at":"2026-03-01T10:00:00Z"}
            {"card":"l1-regularization","rating":3,"at":"2026-02-20T10:00:00Z"}
            {"card":"l1-regularization","rating":1,"at":"2026-02-21T10:00:00Z"}

            """.write(to: home.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        let r = try DLQuizProcess.run(["stats", "--now", "2026-03-01T12:00:00Z"], environment: ["DLQUIZ_HOME": home.path])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("Reviews per day") })
        #expect(lines[start + 2].isEmpty, "one row, then a blank line:\n\(r.stdout)")
        #expect(!r.stdout.contains("2026-02-25"))
    }

    /// Item 20: sources carry the article's title for people; --json keeps the file name.
    @Test func sourcesShowTheArticleTitle() throws {
        let r = try DLQuizProcess.run(["show", "dropout"])
        #expect(r.stdout.contains("80 Essential Deep Learning Interview Questions"))
        #expect(!r.stdout.contains("003_7e981edba47e86d0.txt"))
        let json = try DLQuizProcess.run(["show", "dropout", "--json"])
        #expect(json.stdout.contains("003_7e981edba47e86d0.txt"))
    }
}
