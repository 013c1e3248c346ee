import Foundation
import JSONKit
import Testing

@Suite struct BrowseCommandTests {
    @Test func listJSONIsAnArrayOfCardsInTheCorpusSchema() throws {
        let r = try DLQuizProcess.run(["list", "--json"])
        #expect(r.status == 0)
        let cards = try #require(try JSONParser.parse(r.stdout).arrayValue)
        #expect(cards.filter { $0["kind"]?.stringValue != "exercise" }.count == 85)
        #expect(cards.filter { $0["kind"]?.stringValue == "exercise" }.count == 24)  // added at load time
        // A retired id (merged into resnet) still finds its card.
        let retired = try DLQuizProcess.run(["show", "residual-block", "--json"])
        #expect(retired.status == 0)
        #expect(try JSONParser.parse(retired.stdout)["id"]?.stringValue == "resnet")
        for key in ["id", "question", "answer", "alternates", "sources", "tags", "level", "kind"] {
            #expect(cards.allSatisfy { $0[key] != nil }, "every card has \(key)")
        }
        let filtered = try JSONParser.parse(try DLQuizProcess.run(["list", "--tag", "rnn", "--level", "advanced", "--json"]).stdout)
        let items = try #require(filtered.arrayValue)
        #expect(!items.isEmpty && items.count < cards.count)
        #expect(items.allSatisfy { $0["level"]?.stringValue == "advanced" && $0["tags"]?.arrayValue?.contains("rnn") == true })
    }

    /// `list --json` prints the compiled-in bytes, with or without other options that do not filter; with
    /// `--corpus` the same deck file is parsed and every card serialised. All three must agree byte for
    /// byte, and a bad `--day-start` is still refused.
    @Test func listJSONIsTheSameBytesOnEveryPath() throws {
        let quick = try DLQuizProcess.run(["list", "--json"])
        let parsed = try DLQuizProcess.run(["list", "--day-start", "4", "--json"])
        let corpus = CorpusCommandTests.root.appendingPathComponent("Data/corpus.json").path
        let serialised = try DLQuizProcess.run(["--corpus", corpus, "list", "--json"])
        #expect(quick.status == 0 && parsed.status == 0 && serialised.status == 0)
        #expect(quick.stdout.count > 100_000 && quick.stdout.hasSuffix("]\n"))
        #expect(quick.stdout == parsed.stdout)
        #expect(quick.stdout == serialised.stdout)
        #expect(try DLQuizProcess.run(["list", "--json", "--day-start", "25"]).status == 2)
    }

    @Test func showPrintsAnswerNoteSourcesAndDemo() throws {
        let r = try DLQuizProcess.run(["show", "dropout"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("How do dropout layers help prevent overfitting?"))
        #expect(r.stdout.contains("Note"))
        #expect(r.stdout.contains("Try: dlquiz demo dropout"))
        #expect(r.stdout.contains("Q9 · 80 Essential Deep Learning Interview Questions"))
        let json = try JSONParser.parse(try DLQuizProcess.run(["show", "dropout", "--json"]).stdout)
        #expect(json["id"]?.stringValue == "dropout")
        #expect(json["sources"]?.arrayValue?.count == 4)
    }

    /// Issue 9: our model answer comes first; each article's answer follows, saying which article and question.
    @Test func showPutsTheModelAnswerFirstAndLabelsEachArticleAnswer() throws {
        let out = try DLQuizProcess.run(["show", "dropout"]).stdout
        let model = try #require(out.range(of: "During training, dropout sets the output"))
        let labels = ["Answer in Q14 · What is Deep Learning? and its Interview Questions (1 of 4)",
                      "Answer in Q9 · 80 Essential Deep Learning", "Answer in Q14 · Deep Learning Interview Questions and Answers (2025)",
                      "Answer in Q42 · Deep Learning Interview Questions and Answers (2025)"]
        var previous = model.upperBound
        for label in labels {
            let at = try #require(out.range(of: label), "missing label: \(label)")
            #expect(at.lowerBound > previous, "\(label) is out of order")
            previous = at.upperBound
        }
        #expect(!out.contains("Another source's answer"))
        let json = try JSONParser.parse(try DLQuizProcess.run(["show", "dropout", "--json"]).stdout)
        #expect(json["answer"]?.stringValue?.hasPrefix("During training, dropout sets the output") == true)
        #expect(json["source_answers"]?.arrayValue?.map { $0["index"]?.intValue } == [14, 9, 14, 42])
    }

    @Test func unknownIdSuggestsTheClosestOnOneLine() throws {
        let r = try DLQuizProcess.run(["show", "dropot"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "dlquiz: no card 'dropot' (did you mean: dropout)\n")
    }

    @Test func searchRanksByRelevance() throws {
        let r = try DLQuizProcess.run(["search", "vanishing", "gradient", "--json"])
        #expect(r.status == 0)
        let ids = try #require(try JSONParser.parse(r.stdout).arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(ids.prefix(5).contains("vanishing-gradient"))
        #expect(try DLQuizProcess.run(["search", "qwertyuiop"]).status == 1)
    }

    @Test func tagsCountCards() throws {
        let r = try DLQuizProcess.run(["tags", "--json"])
        let tags = try #require(try JSONParser.parse(r.stdout).arrayValue)
        #expect(tags.contains { $0["tag"]?.stringValue == "cnn" && ($0["count"]?.intValue ?? 0) > 5 })
    }

    @Test func helpWorksForEveryCommandAndUsageErrorsExitTwo() throws {
        let overview = try DLQuizProcess.run(["--help"])
        #expect(overview.status == 0)
        let names = ["list", "show", "search", "tags", "corpus", "study", "schedule", "stats", "grade", "demo"]
        for name in names {
            #expect(overview.stdout.contains("  \(name) "), "overview lists \(name)")
            let a = try DLQuizProcess.run([name, "--help"])
            let b = try DLQuizProcess.run(["help", name])
            #expect(a.status == 0 && a.stdout.contains("Usage: dlquiz \(name)"), "\(name) --help")
            #expect(b.stdout == a.stdout)
        }
        #expect(try DLQuizProcess.run(["--version"]).stdout.hasPrefix("dlquiz "))
        let bad = try DLQuizProcess.run(["list", "--colour"])
        #expect(bad.status == 2)
        #expect(bad.stderr.split(separator: "\n").count == 1)
        #expect(try DLQuizProcess.run(["frobnicate"]).status == 2)
        #expect(try DLQuizProcess.run(["list", "--level", "expert"]).status == 2)
    }

    @Test func anotherDeckLoadsAndAMalformedOneIsNamedWithItsPosition() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-deck-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("deck.json")
        try #"{"version": 1, "cards": [{"id": "t1", "question": "Q?", "answer": "A.", "alternates": [], "sources": [{"file": "x.txt", "index": 1}], "tags": ["fundamentals"], "level": "basic", "kind": "concept"}]}"#
            .write(to: good, atomically: true, encoding: .utf8)
        let r = try DLQuizProcess.run(["list", "--corpus", good.path])
        #expect(r.status == 0 && r.stdout.contains("t1"))
        let bad = dir.appendingPathComponent("bad.json")
        try "{\"version\": 1,\n \"cards\": [ {\"id\": } ]}".write(to: bad, atomically: true, encoding: .utf8)
        let e = try DLQuizProcess.run(["--corpus", bad.path, "list"])
        #expect(e.status == 1)
        #expect(e.stderr.hasPrefix("dlquiz: \(bad.path): line 2, column"))
    }

    @Test func theBinaryWorksCopiedAloneIntoAnEmptyFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-alone-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("dlquiz")
        try FileManager.default.copyItem(at: DLQuizProcess.binary, to: copy)
        let r = try DLQuizProcess.run(["show", "backpropagation", "--json"], executable: copy)
        #expect(r.status == 0)
        #expect(try JSONParser.parse(r.stdout)["id"]?.stringValue == "backpropagation")
    }
}

@Suite struct CorpusCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func corpusBuildWritesTheCommittedDeck() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-corpus-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try DLQuizProcess.run([
            "corpus", "build", "--sources", Self.root.appendingPathComponent("Data/articles").path,
            "--curation", Self.root.appendingPathComponent("Data/curation.json").path, "--out", out.path,
        ])
        #expect(r.status == 0)
        #expect(r.stdout.contains("135 questions -> 85 cards"))
        #expect(try Data(contentsOf: out) == Data(contentsOf: Self.root.appendingPathComponent("Data/corpus.json")))
        // Beside it, what `list --json` prints for that deck: the committed Data/corpus-list.json.
        let listOut = out.deletingPathExtension().path + "-list.json"
        defer { try? FileManager.default.removeItem(atPath: listOut) }
        #expect(r.stdout.contains("(and \(listOut))"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: listOut)) == Data(contentsOf: Self.root.appendingPathComponent("Data/corpus-list.json")))
        let counts = try DLQuizProcess.run([
            "corpus", "build", "--sources", Self.root.appendingPathComponent("Data/articles").path,
            "--curation", Self.root.appendingPathComponent("Data/curation.json").path, "--out", out.path, "--json",
        ])
        let report = try JSONParser.parse(counts.stdout)
        #expect(report["questions"]?.intValue == 135 && report["cards"]?.intValue == 85)
        #expect(report["list_out"]?.stringValue == listOut)
        #expect(report["questions_per_file"]?["004_e9393e6c060b5208.txt"]?.intValue == 51)
        let missing = try DLQuizProcess.run(["corpus", "build", "--sources", "/nonexistent", "--curation", "x", "--out", out.path])
        #expect(missing.status == 1 && missing.stderr.split(separator: "\n").count == 1)
    }
}
