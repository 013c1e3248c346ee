import Foundation
import JSONKit
import Testing

/// `study` over a user deck builds its queue from the deck's sidecar index (ids, levels, topics, sibling
/// texts) and parses only the cards it shows. It must give the same session as the full parse: the same
/// cards in the same order, for every order, filter and flag, over a log that grows session by session.
@Suite struct StudyIndexTests {
    static let now = "2026-03-01T10:00:00Z"

    /// A user deck with siblings inside it (kappa, named by three cards) and across to the built-in deck
    /// (lstm, dropout), general subjects (topic1, gru: named by many), several
    /// levels and tags.
    static func deckJSON() -> String {
        var cards: [(id: String, q: String, tags: [String], level: String)] = [
            ("gru", "What is a GRU?", ["rnn"], "basic"),
            ("gru-vs-lstm", "Compare a GRU with an LSTM.", ["rnn"], "intermediate"),
            ("dropout-rate", "How do you choose the dropout rate?", ["regularization"], "basic"),
            ("when-dropout-hurts", "When does dropout hurt a batch normalization network?", ["regularization"], "advanced"),
            ("kappa", "What is kappa?", ["metrics"], "basic"),
            ("topic1", "What is topic1?", ["t1"], "basic"),
        ]
        let levels = ["basic", "intermediate", "advanced"]
        for i in 0..<60 {
            var tags = ["t\(i % 4)"]
            if i % 5 == 0 { tags.append("rnn") }
            let q = i % 20 == 0 ? "Kappa versus topic\(i % 6) in case \(i)?" : "What about topic\(i % 6) in case \(i) with a gru?"
            cards.append(("u-topic\(i % 6)-\(i)", q, tags, levels[i % 3]))
        }
        let items = cards.enumerated().map { k, c in
            "{\"id\": \"\(c.id)\", \"question\": \"\(c.q)\", \"answer\": \"Answer \(k).\", \"sources\": [{\"file\": \"u.csv\", \"index\": \(k + 1)}], \"tags\": [\(c.tags.map { "\"\($0)\"" }.joined(separator: ", "))], \"level\": \"\(c.level)\"}"
        }
        return "{\"version\": 1, \"name\": \"mine\", \"cards\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    func home(indexed: Bool) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-studyindex-\(UUID().uuidString)")
        let decks = dir.appendingPathComponent("decks")
        try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
        try Data(Self.deckJSON().utf8).write(to: decks.appendingPathComponent("mine.json"))
        // A sidecar that can be neither read nor rewritten: the full parse.
        if !indexed { try FileManager.default.createDirectory(at: decks.appendingPathComponent(".mine.index"), withIntermediateDirectories: false) }
        return dir
    }

    @Test func theIndexGivesTheSameSessionsAsTheFullParse() throws {
        let fast = try home(indexed: true), slow = try home(indexed: false)
        defer {
            try? FileManager.default.removeItem(at: fast)
            try? FileManager.default.removeItem(at: slow)
        }
        let answers = "3\n1\n4\nsuspend\n3\nbury\n2\ns\n3\n4\n3\n1\n3\n"
        let sessions: [[String]] = [
            ["--order", "deck"],
            ["--order", "basic-first", "--new", "15"],
            ["--order", "random", "--seed", "7", "--new", "12"],
            ["--order", "spread", "--tag", "rnn", "--new", "8"],
            ["--level", "advanced", "--new", "30"],
            ["--deck", "mine", "--order", "random", "--new", "40"],
            ["--deck", "mine", "--deck", "builtin", "--tag", "t1", "--tag", "regularization", "--limit", "8"],
            ["--cram", "--tag", "metrics", "--order", "deck"],
            ["--typed", "--new", "5", "--order", "spread"],
            ["--new", "200", "--order", "basic-first"],
        ]
        var shown = 0
        for args in sessions {
            var outputs: [String] = []
            for home in [fast, slow] {
                let r = try DLQuizProcess.run(["study", "--json"] + args, stdin: answers,
                                              environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": Self.now])
                #expect(r.status == 0, "\(args): \(r.stderr)")
                outputs.append(r.stdout)
            }
            #expect(outputs[0] == outputs[1], "\(args)")
            shown += outputs[0].components(separatedBy: "\"event\":\"card\"").count - 1
        }
        #expect(shown > 40, "the sessions showed cards")
        #expect(try String(contentsOf: fast.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
                    .contains("\"card\":\"gru\""), "user cards were studied")
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: fast.appendingPathComponent("decks/.mine.index").path, isDirectory: &isDirectory) && !isDirectory.boolValue,
                "the indexed home has its sidecar")
        // stats, show and grade read the index too: the same output either way.
        for args in [["stats", "--json"], ["stats", "--tag", "rnn", "--json"], ["stats", "--level", "basic", "--deck", "mine"],
                     ["show", "gru-vs-lstm"], ["show", "dropout", "--json"], ["show", "u-topic1-7", "--json"], ["show", "gru-vs-lsmt"],
                     ["grade", "gru", "--answer", "a gated recurrent unit", "--json"], ["stats", "--tag", "nope"]] {
            let r = try [fast, slow].map { try DLQuizProcess.run(args, environment: ["DLQUIZ_HOME": $0.path, "DLQUIZ_NOW": Self.now]) }
            #expect(r[0].status == r[1].status && r[0].stdout == r[1].stdout && r[0].stderr == r[1].stderr, "\(args)")
            #expect(!(r[0].stdout + r[0].stderr).isEmpty, "\(args)")
        }
        // A tag no deck has: the same one-line error either way.
        let bad = try [fast, slow].map { try DLQuizProcess.run(["study", "--tag", "nope"], environment: ["DLQUIZ_HOME": $0.path]) }
        #expect(bad[0].status == 1 && bad[0].stderr == bad[1].stderr && bad[0].stderr.contains("unknown tag 'nope'"))
    }
}
