import Foundation
import JSONKit
import Testing

/// Exercise cards through the real binary: the exercise command, grade, show, list and a scripted study pipe.
@Suite struct ExerciseCommandTests {
    func json(_ text: String) throws -> JSON { try JSONParser.parse(text.trimmingCharacters(in: .whitespacesAndNewlines)) }

    @Test func exerciseCommandPrintsAndChecksAnInstance() throws {
        let list = try DLQuizProcess.run(["exercise", "--json"])
        #expect(list.status == 0)
        #expect(try json(list.stdout).arrayValue?.count ?? 0 >= 20)
        let shown = try DLQuizProcess.run(["exercise", "conv-output-size", "--seed", "7", "--json"])
        let e = try json(shown.stdout)
        #expect(e.objectValue?.keys == ["template", "seed", "question", "params", "answer", "answer_text", "solution", "tolerance"])
        #expect(e["seed"]?.intValue == 7)
        let answer = try #require(e["answer_text"]?.stringValue)
        let checked = try json(DLQuizProcess.run(["exercise", "conv-output-size", "--seed", "7", "--json", "--answer", answer]).stdout)
        #expect(checked["correct"] == .bool(true))
        #expect(checked["given"] == e["answer"])
        let wrong = try DLQuizProcess.run(["exercise", "conv-output-size", "--seed", "7", "--answer", "1x1"])
        #expect(wrong.status == 0 && wrong.stdout.contains("Wrong"))
        let unreadable = try DLQuizProcess.run(["exercise", "conv-output-size", "--seed", "7", "--answer", "big"])
        #expect(unreadable.status == 1 && unreadable.stderr.contains("cannot read 'big'"))
        // Steps are numbered "  1. text": one space after the number.
        let steps = try DLQuizProcess.run(["exercise", "softmax", "--seed", "7"]).stdout
        #expect(steps.contains("\n  1. Subtract") && steps.contains("\n  5. Answer") && !steps.contains(".  "))
        let unknown = try DLQuizProcess.run(["exercise", "softmx"])
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean: softmax"))
    }

    @Test func gradeChecksExerciseCardsOneAtATimeAndInABatch() throws {
        let e = try json(DLQuizProcess.run(["exercise", "softmax", "--seed", "7", "--json"]).stdout)
        let answer = try #require(e["answer_text"]?.stringValue)
        let one = try json(DLQuizProcess.run(["grade", "exercise-softmax", "--seed", "7", "--answer", answer, "--json"]).stdout)
        #expect(one["correct"] == .bool(true) && one["rating"]?.intValue == 3 && one["method"]?.stringValue == "exercise")
        let noSeed = try DLQuizProcess.run(["grade", "exercise-softmax", "--answer", answer])
        #expect(noSeed.status == 2)
        let seedOnConcept = try DLQuizProcess.run(["grade", "dropout", "--seed", "7", "--answer", "drops units"])
        #expect(seedOnConcept.status == 2 && seedOnConcept.stderr.contains("only for exercise cards"))
        let seedInBatch = try DLQuizProcess.run(["grade", "--batch", "-", "--seed", "7"], stdin: "")
        #expect(seedInBatch.status == 2 && seedInBatch.stderr.contains("--seed cannot be combined with --batch"))
        // The example of `dlquiz grade --help`, as written.
        let example = try DLQuizProcess.run(["grade", "exercise-softmax", "--seed", "7", "--answer", "0.24 0.24 0.14 0.39"])
        #expect(example.status == 0 && example.stdout.contains("Right"))
        let batch = """
            {"card": "exercise-softmax", "seed": 7, "answer": "\(answer)"}
            {"card": "exercise-lstm-params", "seed": 3, "answer": "12"}
            {"card": "exercise-lstm-params", "seed": 3, "answer": "twelve"}
            {"card": "exercise-lstm-params", "answer": "12"}
            {"card": "dropout", "answer": "randomly zeroes units during training"}
            """
        let r = try DLQuizProcess.run(["grade", "--batch", "-"], stdin: batch)
        #expect(r.status == 0)
        let lines = try r.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(lines.count == 6)
        #expect(lines[0]["correct"] == .bool(true) && lines[0]["line"]?.intValue == 1)
        #expect(lines[1]["correct"] == .bool(false) && lines[1]["rating"]?.intValue == 1)
        #expect(lines[2]["error"]?.stringValue?.contains("cannot read") == true)
        #expect(lines[3]["error"]?.stringValue?.contains("seed") == true)
        #expect(lines[4]["method"]?.stringValue == "key_points")
        let summary = try #require(lines[5]["summary"])
        #expect(summary["graded"]?.intValue == 3 && summary["errors"]?.intValue == 2)
    }

    @Test func listAndShowIncludeExerciseCardsAndLinks() throws {
        let fast = try DLQuizProcess.run(["list", "--json"])
        let cards = try #require(try json(fast.stdout).arrayValue)
        let exercise = try #require(cards.first { $0["id"]?.stringValue == "exercise-lstm-params" })
        #expect(exercise["kind"]?.stringValue == "exercise")
        #expect(exercise["practises"]?.arrayValue?.contains("lstm") == true)
        let lstm = try #require(cards.first { $0["id"]?.stringValue == "lstm" })
        #expect(lstm["exercises"]?.arrayValue?.contains("exercise-lstm-params") == true)
        let text = try DLQuizProcess.run(["list", "--tag", "exercise"])
        #expect(text.stdout.contains("exercise-softmax"))
        let show = try DLQuizProcess.run(["show", "exercise-receptive-field"])
        #expect(show.status == 0 && show.stdout.contains("Solution") && show.stdout.contains("Try: dlquiz exercise receptive-field"))
        let concept = try DLQuizProcess.run(["show", "receptive-field"])
        #expect(concept.stdout.contains("Practise: dlquiz exercise receptive-field"))
    }

    @Test func scriptedPipeSessionOverExerciseCards() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-ex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let process = Process()
        process.executableURL = DLQuizProcess.binary
        process.arguments = ["study", "--json", "--tag", "exercise", "--new", "3", "--limit", "3"]
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Converse: read each card, answer it from its seed (right, then wrong, after one unreadable line).
        var buffer = ""
        var events: [JSON] = []
        func nextEvent() throws -> JSON? {
            while !buffer.contains("\n") {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { return nil }
                buffer += String(decoding: chunk, as: UTF8.self)
            }
            let line = String(buffer[..<buffer.firstIndex(of: "\n")!])
            buffer.removeSubrange(...buffer.firstIndex(of: "\n")!)
            let event = try JSONParser.parse(line)
            events.append(event)
            return event
        }
        func send(_ text: String) { input.fileHandleForWriting.write(Data((text + "\n").utf8)) }
        func instance(_ card: JSON) throws -> JSON {
            let name = String(card["id"]!.stringValue!.dropFirst("exercise-".count))
            return try json(DLQuizProcess.run(["exercise", name, "--seed", String(card["seed"]!.intValue!), "--json"]).stdout)
        }
        func correctAnswer(_ card: JSON) throws -> String { try instance(card)["answer_text"]!.stringValue! }
        func wrongAnswer(_ card: JSON) throws -> String {
            let count = try instance(card)["answer"]?.arrayValue?.count ?? 1
            return Array(repeating: "99999", count: count).joined(separator: " ")
        }
        var first = try #require(try nextEvent())
        #expect(first["event"]?.stringValue == "card" && first["kind"]?.stringValue == "exercise")
        send("not a number")
        #expect(try nextEvent()?["event"]?.stringValue == "error")
        first = try #require(try nextEvent())  // the same card again
        #expect(first["id"] == events[0]["id"] && first["seed"] == events[0]["seed"])
        send(try correctAnswer(first))
        let right = try #require(try nextEvent())
        #expect(right["event"]?.stringValue == "graded" && right["correct"] == .bool(true) && right["rating"]?.intValue == 3)
        #expect(right["expected"] != nil && right["given"] != nil && (right["solution"]?.arrayValue?.count ?? 0) >= 2)
        let second = try #require(try nextEvent())
        send(try wrongAnswer(second))
        let wrong = try #require(try nextEvent())
        #expect(wrong["correct"] == .bool(false) && wrong["rating"]?.intValue == 1 && wrong["id"] == second["id"])
        try input.fileHandleForWriting.close()
        while try nextEvent() != nil {}
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(events.last?["event"]?.stringValue == "summary")
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(log.map { $0["rating"]?.intValue } == [3, 1])
        #expect(log.map { $0["score"]?.doubleValue } == [1, 0])
        // Replaying the log shows the failed card with a new instance: its seed follows its reviews.
        let again = try DLQuizProcess.run(["study", "--json", "--tag", "exercise", "--limit", "1"], stdin: "",
                                          environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:05:00Z"])
        let card = try json(String(again.stdout.split(separator: "\n")[0]))
        #expect(card["id"] == second["id"] && card["seed"] != second["seed"])
    }

    /// With --typed, exercise cards follow the typed-study rules: an empty line is an error and the
    /// same card, a line that is exactly s or q is a command; the text header counts due and new cards.
    @Test func typedPipeRulesHoldForExerciseCards() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-ex-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let r = try DLQuizProcess.run(["study", "--typed", "--json", "--tag", "exercise", "--new", "2", "--limit", "2"],
                                      stdin: "\ns\nq\n", environment: env)
        #expect(r.status == 0)
        let events = try r.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(events.map { $0["event"]?.stringValue ?? "" } == ["card", "error", "card", "skipped", "card", "summary"])
        #expect(events[1]["message"]?.stringValue?.contains("empty answer") == true)
        #expect(events[2]["id"] == events[0]["id"] && events[2]["seed"] == events[0]["seed"])
        #expect(events[4]["kind"]?.stringValue == "exercise" && events[4]["id"] != events[0]["id"])
        #expect(events[5]["reviewed"]?.intValue == 0)
        // Without --typed the line is still the answer; an empty one cannot be read: error, same card.
        let text = try DLQuizProcess.run(["study", "--tag", "exercise", "--new", "1", "--limit", "1"], stdin: "\nq\n", environment: env)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("0 due · 1 new left · exercise-"))
        #expect(text.stdout.contains("(seed\u{00A0}") && text.stdout.contains("answer (one line):"))
        #expect(text.stdout.contains("error: cannot read the answer"))
    }
}
