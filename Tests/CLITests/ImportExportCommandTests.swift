import Foundation
import JSONKit
import Testing

@Suite struct ImportExportCommandTests {
    static func tempHome() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-import-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    static let deckText = """
        ---
        deck: LLM interviews
        ---

        Q: What is a KV cache in transformer inference?
        A: The keys and values of past tokens, kept so each new token reuses them.

        Q: What is speculative decoding?
        A: A small model drafts tokens and the large model verifies them in one pass.

        Q: How do dropout layers help prevent overfitting?
        A: They zero random units during training, so no unit can rely on another.
        """

    /// `-` reads standard input: the deck is "stdin" (or --deck), sources name "stdin", and importing the
    /// same text again changes nothing; `-` twice is a usage error, an empty input a failure.
    @Test func importReadsStandardInput() throws {
        let home = Self.tempHome()
        let env = ["DLQUIZ_HOME": home]
        let first = try DLQuizProcess.run(["import", "-", "--json"], stdin: Self.deckText, environment: env)
        #expect(first.status == 0, "\(first.stderr)")
        let report = try JSONParser.parse(first.stdout)
        #expect(report["deck"]?.stringValue == "stdin" && report["format"]?.stringValue == "markdown")
        #expect(report["cards"]?.arrayValue?.first?["sources"] == .array([["file": "stdin", "index": 1]]))
        #expect(FileManager.default.fileExists(atPath: home + "/decks/stdin.json"))
        let again = try DLQuizProcess.run(["import", "-", "--json"], stdin: Self.deckText, environment: env)
        #expect(try JSONParser.parse(again.stdout)["changed"]?.boolValue == false)
        let named = try DLQuizProcess.run(["import", "-", "--deck", "llm", "--dry-run", "--json"], stdin: Self.deckText, environment: env)
        #expect(try JSONParser.parse(named.stdout)["deck"]?.stringValue == "llm")
        #expect(try DLQuizProcess.run(["import", "-", "-"], stdin: "", environment: env).status == 2)
        let empty = try DLQuizProcess.run(["import", "-"], stdin: "", environment: env)
        #expect(empty.status == 1 && empty.stderr == "dlquiz: stdin: the file is empty\n")
    }

    @Test func importListExportRemove() throws {
        let home = Self.tempHome()
        let file = home + "/llm.md"
        try Self.deckText.write(toFile: file, atomically: true, encoding: .utf8)
        let env = ["DLQUIZ_HOME": home]

        let dry = try DLQuizProcess.run(["import", file, "--dry-run", "--json"], environment: env)
        #expect(dry.status == 0)
        let report = try JSONParser.parse(dry.stdout)
        #expect(report["format"]?.stringValue == "markdown")
        #expect(report["cards"]?.arrayValue?.count == 2)
        #expect(report["merged"]?.arrayValue?.first?["id"]?.stringValue == "dropout")
        #expect(report["cards"]?.arrayValue?.first?["sources"] == .array([["file": "llm.md", "index": 1]]))
        #expect(!FileManager.default.fileExists(atPath: home + "/decks"), "a dry run writes nothing")

        let real = try DLQuizProcess.run(["import", file], environment: env)
        #expect(real.status == 0)
        #expect(real.stdout.contains("2 new cards"))
        #expect(FileManager.default.fileExists(atPath: home + "/decks/llm.json"))
        let again = try DLQuizProcess.run(["import", file], environment: env)
        #expect(again.stdout.contains("No change"))

        // The built-in deck as it loads (concept cards, the personal card and the exercise cards).
        let builtinCount = try JSONParser.parse(try DLQuizProcess.run(["list", "--json"], environment: ["DLQUIZ_HOME": Self.tempHome()]).stdout).arrayValue?.count ?? 0
        #expect(builtinCount > 100)
        let all = try JSONParser.parse(try DLQuizProcess.run(["list", "--json"], environment: env).stdout).arrayValue ?? []
        #expect(all.count == builtinCount + 2)
        let mine = try DLQuizProcess.run(["list", "--deck", "llm"], environment: env)
        #expect(mine.stdout.hasSuffix("2 cards\n"))
        let builtin = try JSONParser.parse(try DLQuizProcess.run(["list", "--json", "--deck", "builtin"], environment: env).stdout)
        #expect(builtin.arrayValue?.count == builtinCount)
        let shown = try JSONParser.parse(try DLQuizProcess.run(["show", "dropout", "--json"], environment: env).stdout)
        let merged = "They zero random units during training, so no unit can rely on another."
        #expect(shown["alternates"]?.arrayValue?.contains(.string(merged)) == true)
        #expect(shown["source_answers"]?.arrayValue?.contains(["file": "llm.md", "index": 3, "text": .string(merged)]) == true)
        let hits = try DLQuizProcess.run(["search", "speculative", "--json"], environment: env)
        #expect(hits.stdout.contains("speculative"))
        let decks = try DLQuizProcess.run(["decks"], environment: env)
        #expect(decks.stdout.contains("builtin") && decks.stdout.contains("llm"))

        let csv = try DLQuizProcess.run(["export", "--deck", "llm", "--format", "csv"], environment: env)
        #expect(csv.stdout.hasPrefix("question,answer,tags,id\n"))
        #expect(csv.stdout.split(separator: "\n").count == 3)
        let unknown = try DLQuizProcess.run(["list", "--deck", "nope"], environment: env)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("dlquiz: no deck named 'nope'"))

        let removed = try DLQuizProcess.run(["decks", "remove", "llm", "--json"], environment: env)
        #expect(removed.status == 0)
        #expect(try JSONParser.parse(removed.stdout)["removed"]?.stringValue == "llm")
        let after = try JSONParser.parse(try DLQuizProcess.run(["list", "--json"], environment: env).stdout).arrayValue ?? []
        #expect(after.count == builtinCount)
    }

    @Test(arguments: [
        ("empty.csv", [UInt8](), "dlquiz: empty.csv: the file is empty\n"),
        ("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "dlquiz: binary.txt: line 1: binary data (a NUL byte), not a text file\n"),
        ("latin1.md", Array("Q: caf".utf8) + [0xE9, 0x0A], "dlquiz: latin1.md: line 1: invalid UTF-8 (byte 0xE9); save the file as UTF-8\n"),
        ("quote.csv", Array("q,a\nq2,\"never closed\n".utf8), "dlquiz: quote.csv: line 2: a quoted field is never closed (a \" with no closing \")\n"),
    ])
    func badFilesFailWithOneLineAndWriteNothing(_ name: String, _ bytes: [UInt8], _ message: String) throws {
        let home = Self.tempHome()
        let good = home + "/good.md"
        try Self.deckText.write(toFile: good, atomically: true, encoding: .utf8)
        let path = home + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let r = try DLQuizProcess.run(["import", good, path], environment: ["DLQUIZ_HOME": home])
        #expect(r.status == 1)
        #expect(r.stderr == message)
        #expect(r.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home + "/decks"))
    }
}
