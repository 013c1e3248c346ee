import Foundation
import JSONKit
import Testing

@testable import DLQuizCLI

/// Typed study in a real terminal (a pty from util-linux `script`), and the text layout at 60 columns.
@Suite struct TerminalStudyTests {
    /// Item 6: Ctrl-C at the typed-answer prompt saves everything, prints one line, exits 130.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func ctrlCAtTheTypedAnswerPromptExits130() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        // Answer one card, grade it 3, then Ctrl-C at the next card's answer prompt.
        let keys = "(sleep 1; printf 'some answer\\r'; sleep 1; printf '3'; sleep 1; printf '\\003')"
        let session = "stty cols 60; '\(DLQuizProcess.binary.path)' study --typed"
        let r = try DLQuizProcess.run(
            ["-c", "\(keys) | script -qec \"\(session)\" /dev/null; echo \"exit=$?\""],
            environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"],
            executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(r.stdout.contains("exit=130"), "\(r.stdout.suffix(400))")
        #expect(r.stdout.contains("dlquiz: interrupted; every grade so far is saved"))
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1)
    }

    /// Issue 16 item 4: in a terminal shorter than the revealed answer, the answer goes through
    /// $PAGER once, then study reads keys in raw mode again (the grade lands); `--no-pager` and a
    /// pty of unknown height do not page.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTallAnswerIsPagedOnceAndRawModeComesBack() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-pager-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let paged = home.appendingPathComponent("paged.txt").path
        func session(_ rows: Int, _ extra: String) throws -> DLQuizProcess.Output {
            let keys = "(sleep 1; printf ' '; sleep 1; printf '3'; sleep 1; printf 'q')"
            let command = "stty rows \(rows) cols 80; '\(DLQuizProcess.binary.path)' study --order deck --tag training --limit 2 \(extra)"
            return try DLQuizProcess.run(
                ["-c", "\(keys) | script -qec \"\(command)\" /dev/null; echo \"exit=$?\""],
                environment: ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z", "PAGER": "cat >> '\(paged)'"],
                executable: URL(fileURLWithPath: "/bin/sh"))
        }
        let r = try session(8, "")
        #expect(r.stdout.contains("exit=0"), "\(r.stdout.suffix(300))")
        let text = try String(contentsOfFile: paged, encoding: .utf8)
        #expect(text.contains("transfer learning") && text.contains("1 Again"), "the whole revealed screen was paged")
        #expect(!text.contains("\u{1B}[2J"), "without the clear-screen sequence")
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
        #expect(log.contains("\"rating\":3"), "the key after the pager was read in raw mode")
        try FileManager.default.removeItem(atPath: paged)
        _ = try session(8, "--no-pager")
        _ = try session(0, "")
        #expect(!FileManager.default.fileExists(atPath: paged))
    }

    /// Item 16: at 60 columns every card of the deck fits, breaks at spaces, and list items hang.
    @Test func everyCardFitsSixtyColumns() throws {
        let text = CardText(width: 60, color: false)
        let deck = try Context(environment: ["DLQUIZ_HOME": DLQuizProcess.isolatedHome], corpusPath: nil).deck()
        for card in deck.cards {
            for block in [card.question, card.answer] + card.alternates + [card.note ?? ""] {
                for line in text.render(block).split(separator: "\n") {
                    #expect(line.count <= 60, "\(card.id): \(line)")
                }
            }
        }
        let item = text.render("- a list item long enough to need a second line when it is shown at sixty columns")
        let lines = item.split(separator: "\n")
        #expect(lines.count == 2 && lines[1].hasPrefix("    ") && !lines[1].hasPrefix("     "), "\(item)")
        let numbered = text.render("12. a numbered item long enough to need a second line when shown at sixty columns")
        let second = numbered.split(separator: "\n")[1]
        #expect(second.hasPrefix("      ") && !second.hasPrefix("       "), "under the text after '12. ': \(numbered)")
        let code = text.render("```\nlet aVeryLongIdentifierName = someFunction(withArgument: 1, andAnother: 2, andMore: 3)\n```")
        #expect(code.count <= 60 && code.hasSuffix("…"), "\(code)")
    }

    /// `dlquiz exercise NAME` in a terminal asks before it shows the solution: an unreadable answer is asked
    /// again, a wrong one gets the verdict, then the solution; from a pipe it prints the solution at once.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func exerciseInATerminalAsksBeforeTheSolution() throws {
        let keys = "(sleep 1; printf 'banana\\r'; sleep 0.5; printf '10x4\\r'; sleep 1)"
        let session = "'\(DLQuizProcess.binary.path)' exercise conv-output-size --seed 7"
        let r = try DLQuizProcess.run(
            ["-c", "\(keys) | script -qec \"\(session)\" /dev/null; echo \"exit=$?\""],
            environment: ["NO_COLOR": "1"], executable: URL(fileURLWithPath: "/bin/sh"))
        let out = r.stdout.replacing("\r", with: "")
        #expect(out.contains("exit=0"), "\(out.suffix(400))")
        let prompt = try #require(out.range(of: "Your answer (Enter for the solution): "))
        let solution = try #require(out.range(of: "Solution"))
        #expect(prompt.upperBound <= solution.lowerBound, "the solution comes after the prompt")
        #expect(out.contains("Cannot read that: cannot read 'banana'"))
        #expect(out.contains("Wrong: you gave 10 4; the answer is [10, 3]"))
        let piped = try DLQuizProcess.run(["exercise", "conv-output-size", "--seed", "7"])
        #expect(piped.stdout.contains("Solution") && !piped.stdout.contains("Your answer"))
    }

    /// Exercise cards in a terminal: an unreadable answer gets the reason and another try (no grade),
    /// the right answer is checked, Enter accepts the suggested Good, and `q` at the prompt quits.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func exerciseCardInATerminalChecksTheTypedAnswer() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let env = ["DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z"]
        let study = ["study", "--tag", "exercise", "--new", "1", "--limit", "1"]
        // The card and seed the session will show, from the pipe (which saves nothing without an answer).
        let peek = try DLQuizProcess.run(study + ["--json"], stdin: "", environment: env)
        let card = try JSONParser.parse(String(peek.stdout.split(separator: "\n")[0]))
        let id = try #require(card["id"]?.stringValue), seed = try #require(card["seed"]?.intValue)
        let shown = try DLQuizProcess.run(["exercise", id, "--seed", String(seed), "--json"])
        let answer = try #require(try JSONParser.parse(shown.stdout)["answer_text"]?.stringValue)
        let keys = "(sleep 1; printf 'big\\r'; sleep 1; printf '\(answer)\\r'; sleep 1; printf '\\r'; sleep 1; printf 'q\\r')"
        let session = "stty cols 100; '\(DLQuizProcess.binary.path)' \(study.joined(separator: " "))"
        let r = try DLQuizProcess.run(
            ["-c", "\(keys) | script -qec \"\(session)\" /dev/null; echo \"exit=$?\""],
            environment: env, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(r.stdout.contains("exit=0"), "\(r.stdout.suffix(400))")
        #expect(r.stdout.contains("Could not read that"))
        #expect(r.stdout.contains("Right: \(answer)") && r.stdout.contains("  1. "))
        let log = try String(contentsOf: home.appendingPathComponent("reviews.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONParser.parse(String($0)) }
        #expect(log.count == 1)
        #expect(log.first?["card"]?.stringValue == id && log.first?["rating"]?.intValue == 3 && log.first?["score"]?.doubleValue == 1)
    }
}
