import Foundation
import Testing

/// Runs every `dlquiz ...` example of README.md, as written, with a fresh DLQUIZ_HOME and a fixed
/// clock, and checks each exits as the README says (0 unless it documents otherwise).
@Suite struct ReadmeTranscriptTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Examples that cannot run here, and why: placeholders, files the reader brings, other tools.
    static let skipped: [(contains: String, why: String)] = [
        ("FILE", "a placeholder"), (" ID ", "a placeholder"), ("[", "a usage synopsis"), ("...", "a usage synopsis"),
        ("answers.jsonl", "the reader's own file"),
        ("~/.local/share/dlquiz/reviews.jsonl", "the reader's own log"), ("| jq", "needs jq"),
        ("study --typed", "waits for an answer in a terminal"), ("dlquiz study  ", "the bare command is covered below"),
        ("> ~/", "installs into the reader's home"), (">> ~/", "edits the reader's shell setup"), ("| man -l", "needs man"),
        ("optimize --save", "fits the reader's own log (a fresh home has none; the simulated-log example runs)"),
        ("optimize --evaluate", "scores the reader's own log"),
    ]

    /// Examples documented to fail, with their exit status.
    static let expectedStatus: [String: Int32] = ["dlquiz show dropot": 1, "dlquiz optimize": 1]

    static func examples() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        var out: [String] = []
        for raw in text.split(separator: "\n") where raw.hasPrefix("    ") {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("$ ") { line.removeFirst(2) }
            guard line.hasPrefix("dlquiz ") || (line.contains("| dlquiz ") || line.contains(" dlquiz ")) && line.hasPrefix("printf") || line.hasPrefix("echo ") && line.contains("| dlquiz ") else { continue }
            if let hash = line.range(of: "  #") { line = String(line[..<hash.lowerBound]) }
            out.append(line.trimmingCharacters(in: .whitespaces))
        }
        return out
    }

    @Test func everyCommandExampleRunsAsDocumented() throws {
        let examples = try Self.examples()
        #expect(examples.count > 25, "README examples found: \(examples.count)")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-readme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        var ran = 0
        for example in examples {
            if let skip = Self.skipped.first(where: { (example + " ").contains($0.contains) }) {
                _ = skip.why
                continue
            }
            // The README's `DLQUIZ_HOME=/tmp/dq` is made ours, so the test leaves nothing behind.
            let command = example.replacingOccurrences(of: "DLQUIZ_HOME=/tmp/dq", with: "DLQUIZ_HOME=\(home.path)/dq")
            let r = try DLQuizProcess.run(["-c", command], stdin: "", environment: [
                "PATH": DLQuizProcess.binary.deletingLastPathComponent().path + ":/usr/bin:/bin",
                "DLQUIZ_HOME": home.path, "DLQUIZ_NOW": "2026-03-01T10:00:00Z",
            ], executable: URL(fileURLWithPath: "/bin/sh"))
            #expect(r.status == (Self.expectedStatus[example] ?? 0), "\(example)\n\(r.stderr)")
            if (Self.expectedStatus[example] ?? 0) == 0 {
                #expect(!r.stdout.isEmpty && !r.stdout.hasPrefix("0 cards"), "\(example) shows something")
            }
            ran += 1
        }
        #expect(ran > 20)
    }
}
