import Foundation
import JSONKit
import Testing

/// Issue 16 through the real binary: suspend/bury, leeches, order, log check/export,
/// completions and the man page.
@Suite struct DailyFeaturesCLITests {
    static let now = "2026-03-01T10:00:00Z"

    func freshHome() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-daily-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func log(_ home: URL) -> String {
        (try? String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)) ?? ""
    }

    func run(_ args: [String], _ home: URL, stdin: String? = nil, env: [String: String] = [:]) throws -> DLQuizProcess.Output {
        try DLQuizProcess.run(args, stdin: stdin, environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": Self.now].merging(env) { $1 })
    }

    @Test func suspendBuryUnsuspendListAndStats() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let bad = try run(["suspend", "dropout", "nope"], home)
        #expect(bad.status == 1 && bad.stderr.contains("no card 'nope'"))
        #expect(log(home).isEmpty, "nothing written when one id is unknown")
        #expect(try run(["suspend"], home).status == 2)

        let s = try run(["suspend", "dropout", "perceptron"], home)
        #expect(s.status == 0 && s.stdout == "suspended dropout\nsuspended perceptron\n")
        #expect(try run(["suspend", "dropout"], home).stdout.contains("already suspended"))
        #expect(try run(["bury", "lstm"], home).status == 0)
        #expect(try run(["unsuspend", "perceptron"], home).status == 0)
        #expect(log(home).split(separator: "\n").count == 4)

        let list = try run(["list"], home).stdout
        #expect(list.contains("dropout  [intermediate] How do dropout layers help prevent overfitting?  (suspended)"))
        #expect(list.contains("(buried)") && !list.contains("What is a perceptron?  ("))
        #expect(try run(["list", "--suspended"], home).stdout.hasPrefix("dropout  [intermediate]"))
        #expect(try run(["list", "--suspended"], home).stdout.hasSuffix("1 card\n"))
        // Buried until the next study day: back after 04:00 tomorrow.
        #expect(!(try run(["list", "--now", "2026-03-02T05:00:00Z", "--day-start", "4"], home, env: ["TZ": "UTC"]).stdout.contains("(buried)")))

        let stats = try JSONParser.parse(try run(["stats", "--json"], home).stdout)
        #expect(stats["suspended"]?.intValue == 1 && stats["buried_today"]?.intValue == 1 && stats["leeches"]?.intValue == 0)
        #expect(try run(["stats"], home).stdout.contains("Out of study: 1 suspended (0 leeches) · 1 buried today"))

        // Study skips them; from a pipe `suspend` and `bury` are commands.
        let study = try run(["study", "--json", "--tag", "regularization", "--order", "deck"], home, stdin: "suspend\nbury\nq\n")
        let events = study.stdout.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }
        let cards = events.filter { $0["event"]?.stringValue == "card" }.compactMap { $0["id"]?.stringValue }
        #expect(!cards.contains("dropout"))
        let kinds: [String] = events.compactMap { $0["event"]?.stringValue }
        #expect(kinds == ["card", "suspended", "card", "buried", "card", "summary"])
        let lines = log(home).split(separator: "\n")
        #expect(lines[4].contains("\"card\":\"\(cards[0])\",\"suspend\":true") && lines[5].contains("\"bury\":true"))
        // With --typed only the exact line is a command; \bury is the answer "bury".
        let typed = try run(["study", "--typed", "--tag", "cnn"], home, stdin: "bury\nq\n")
        #expect(typed.stdout.contains("buried ") && typed.status == 0)
    }

    @Test func aCardThatLapsesTooOftenBecomesALeech() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let history = [
            #"{"card":"swish","rating":3,"at":"2026-01-01T10:00:00Z"}"#,
            #"{"card":"swish","rating":1,"at":"2026-01-20T10:00:00Z"}"#,
            #"{"card":"swish","rating":1,"at":"2026-02-10T10:00:00Z"}"#,
        ]
        try (history.joined(separator: "\n") + "\n").write(to: home.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        let steps = ["--learning-steps", "", "--relearning-steps", "", "--no-fuzz", "--leech-threshold", "3", "--limit", "1"]
        let r = try run(["study"] + steps, home, stdin: "1\n")
        #expect(r.status == 0)
        #expect(r.stdout.contains("leech: swish is a leech (3 lapses) and is now suspended: rewrite it in your own words; dlquiz unsuspend swish brings it back."), "\(r.stdout)")
        #expect(log(home).hasSuffix(#"{"card":"swish","suspend":true,"leech":true,"at":"2026-03-01T10:00:00Z"}"# + "\n"))
        #expect(try run(["list", "--leeches"], home).stdout == "swish  [intermediate] What is the purpose of the Swish function?  (leech)\n1 card\n")
    }

    @Test func orderIsAContractAndRandomFollowsTheSeed() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        func first(_ args: [String]) throws -> String {
            let r = try run(["study", "--json", "--cram"] + args, home, stdin: "q\n")
            return try JSONParser.parse(String(r.stdout.split(separator: "\n")[0]))["id"]?.stringValue ?? ""
        }
        #expect(try first(["--order", "deck"]) == "l1-regularization")
        let seeded = try first(["--order", "random", "--seed", "5"])
        #expect(try first(["--order", "random", "--seed", "5"]) == seeded)
        let levels = try run(["study", "--json", "--new", "6"], home, stdin: "s\ns\ns\ns\ns\ns\n").stdout
            .split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }.compactMap { $0["id"]?.stringValue }
        let deck = try JSONParser.parse(try run(["list", "--json", "--level", "basic"], home).stdout)
        let basic = Set(deck.arrayValue!.compactMap { $0["id"]?.stringValue })
        #expect(levels.count >= 6 && levels.prefix(6).allSatisfy { basic.contains($0) }, "basic first: \(levels)")
        let bad = try run(["study", "--order", "alphabetical"], home)
        #expect(bad.status == 2 && bad.stderr.contains("deck, basic-first, random or spread"))
    }

    @Test func logCheckAndExport() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(try run(["log", "check"], home).status == 0)
        let text = """
            {"card":"dropout","rating":3,"at":"2026-03-01T10:00:00Z","duration_ms":900,"answer":"a, \\"b\\"","score":0.5}
            {"card":"renamed-card","rating":2,"at":"2026-03-01T10:01:00Z"}
            {oops
            {"card":"dropout","snooze":true,"at":"2026-03-01T10:02:00Z"}

            """
        try text.write(to: home.appendingPathComponent("reviews.jsonl"), atomically: true, encoding: .utf8)
        let before = log(home)
        let check = try run(["log", "check"], home)
        #expect(check.status == 1)
        #expect(check.stdout.contains("line 3: damaged:") && check.stdout.contains("line 4: unknown record kind"))
        #expect(check.stdout.contains("card id 'renamed-card' is in no deck card (1 record"))
        let json = try JSONParser.parse(try run(["log", "check", "--json"], home).stdout)
        #expect(json["ok"]?.boolValue == false && json["records"]?.intValue == 2)
        #expect(log(home) == before, "check changes nothing")
        let csv = try run(["log", "export", "--format", "csv"], home)
        #expect(csv.status == 0 && csv.stderr.contains("2 unreadable lines left out"))
        #expect(csv.stdout == #"""
            line,card,kind,rating,rating_name,at,duration_ms,score,answer,leech,undone
            1,dropout,review,3,good,2026-03-01T10:00:00Z,900,0.5,"a, ""b""",,false
            2,renamed-card,review,2,hard,2026-03-01T10:01:00Z,,,,,false

            """#)
        #expect(try run(["log", "export", "--format", "xlsx"], home).status == 2)
    }

    /// Writes `text` to a temporary file and returns its path.
    func scratch(_ text: String, _ name: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func shell(_ path: String, _ script: String) throws -> DLQuizProcess.Output {
        try DLQuizProcess.run(["-c", script], executable: URL(fileURLWithPath: path))
    }

    static func which(_ name: String) -> String? {
        ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func bashCompletionParsesAndCompletesCardIDsTagsAndChoices() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let script = try scratch(try run(["completions", "bash"], home).stdout, "c.bash")
        defer { try? FileManager.default.removeItem(atPath: script) }
        let bash = try #require(Self.which("bash"))
        #expect(try shell(bash, "bash -n '\(script)'").status == 0)
        func complete(_ words: [String]) throws -> [String] {
            let list = words.map { "'\($0)'" }.joined(separator: " ")
            let r = try shell(bash, "source '\(script)'; COMP_WORDS=(\(list)); COMP_CWORD=\(words.count - 1); _dlquiz; printf '%s\\n' \"${COMPREPLY[@]}\"")
            return r.stdout.split(separator: "\n").map(String.init)
        }
        #expect(try complete(["dlquiz", "show", "dropo"]) == ["dropout"])
        #expect(try complete(["dlquiz", "suspend", "dropout", "lstm-v"]) == ["lstm-vs-gru"])
        #expect(try complete(["dlquiz", "study", "--limit", "3", "--tag", "rn"]) == ["rnn"])
        #expect(try complete(["dlquiz", "study", "--order", "r"]) == ["random"])
        #expect(try complete(["dlquiz", "demo", "back"]) == ["backprop"])
        #expect(try complete(["dlquiz", "demo", "backprop", "--hid"]) == ["--hidden"])
        #expect(try complete(["dlquiz", "log", "ex"]) == ["export"])
        #expect(try complete(["dlquiz", "complet"]) == ["completions"])
    }

    @Test func zshAndFishCompletionsParse() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        for shellName in ["zsh", "fish"] {
            guard let path = Self.which(shellName) else {
                // CI installs both (.ci/run); elsewhere say clearly what was not checked.
                print("SKIPPED: \(shellName) is not installed, so its completion script was not parsed (apt-get install \(shellName))")
                continue
            }
            let script = try scratch(try run(["completions", shellName], home).stdout, "c.\(shellName)")
            defer { try? FileManager.default.removeItem(atPath: script) }
            let parsed = try shell(path, "\(shellName) -n '\(script)'")
            #expect(parsed.status == 0, "\(shellName): \(parsed.stderr)")
            if shellName == "fish" {
                let r = try shell(path, "source '\(script)'; complete -C 'dlquiz show dropo'")
                #expect(r.stdout.hasPrefix("dropout\t"), "\(r.stdout) \(r.stderr)")
            } else {
                // zsh runs the bash function through bashcompinit, in sh emulation (0-based arrays).
                let r = try shell(path, "source '\(script)'; emulate sh; COMP_WORDS=(dlquiz show dropo); COMP_CWORD=2; _dlquiz; print -l -- \"${COMPREPLY[@]}\"")
                #expect(r.stdout.split(separator: "\n").contains("dropout"), "\(r.stdout) \(r.stderr)")
            }
        }
    }

    @Test func manPageCoversEveryCommandAndPipedShowNeverPages() throws {
        let home = try freshHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let man = try run(["help", "--man"], home)
        #expect(man.status == 0 && man.stdout.hasPrefix(".TH DLQUIZ 1"))
        for name in ["list", "show", "study", "suspend", "unsuspend", "bury", "log check", "log export", "completions", "demo backprop"] {
            #expect(man.stdout.contains(".SS \"dlquiz \(name.replacingOccurrences(of: "-", with: "\\-"))\""), "\(name)")
        }
        #expect(!man.stdout.split(separator: "\n").contains { $0.hasPrefix(".") && $0.count > 1 && $0.dropFirst().first == " " })
        // A pager that would fail is never run when stdout is a pipe.
        let show = try run(["show", "batch-normalization"], home, env: ["PAGER": "false"])
        #expect(show.status == 0 && show.stdout.contains("Batch normalization"))
    }
}
