import Corpus
import Exercises
import JSONKit
import Platform

/// `dlquiz corpus build`: parse, merge and curate the articles into the deck file.
struct CorpusBuildCommand: Command {
    static let name = "build"
    static let summary = "Rebuild the deck (Data/corpus.json) from the articles and the curation file."

    var sources = ""
    var curation = ""
    var keyPoints: String? = nil
    var out = ""
    var listOutPath: String? = nil
    var json = false

    static let arguments: [Argument<CorpusBuildCommand>] = [
        .required(\.sources, "--sources", "DIR", kind: .directory, help: "Folder of article .txt files (e.g. Data/articles)."),
        .required(\.curation, "--curation", "FILE", kind: .file, help: "The reviewed curation file (Data/curation.json)."),
        .option(\.keyPoints, "--keypoints", "FILE", kind: .file, help: "Key points per card (default: keypoints.json beside the curation file)."),
        .required(\.out, "--out", "FILE", kind: .file, help: "Where to write the corpus (Data/corpus.json)."),
        .option(\.listOutPath, "--list-out", "FILE", kind: .file,
                help: "Where to write what `list --json` prints for it (default: beside --out, NAME-list.json)."),
        .flag(\.json, "--json", help: "Print the counts as one JSON object: questions per file, questions, cards, merges, out, list_out."),
    ]

    /// Where the precomputed `list --json` output goes: `--list-out`, else `corpus.json` → `corpus-list.json`.
    var listOut: String {
        if let listOutPath { return listOutPath }
        return (out.hasSuffix(".json") ? String(out.dropLast(".json".count)) : out) + "-list.json"
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let result: CorpusBuilder.Result
        do {
            result = try CorpusBuilder.build(sources: sources, curationPath: curation, keyPointsPath: keyPoints)
        } catch {
            throw .failure(error.description)
        }
        for w in result.warnings { ctx.console.error("dlquiz: warning: \(w)") }
        // The deck as the binary will read it (parsed back from the text), and what `list --json` prints
        // for it, which the binary compiles in beside the corpus.
        let corpusBytes = Array(result.corpusText.utf8)
        let written: Result<Deck, CorpusError> = corpusBytes.withUnsafeBufferPointer { bytes in
            Result { () throws(CorpusError) -> Deck in try Deck.parse(bytes: bytes, name: out) }
        }
        let listBytes: [UInt8]
        do throws(CorpusError) {
            listBytes = ExerciseDeck.listJSON(try written.get())
        } catch {
            throw .failure(error.description)
        }
        do {
            try FileSystem.writeAtomically(corpusBytes, toPath: out)
            try FileSystem.writeAtomically(listBytes, toPath: listOut)
        } catch {
            throw .failure("cannot write \(error.description)")
        }
        if json {
            let perFile = JSON.object(JSONObject(result.questionsPerFile.map { ($0.0, JSON.number(Double($0.1))) }))
            try ctx.console.line(JSON.object(JSONObject([
                ("questions_per_file", perFile), ("questions", .number(Double(result.raw.count))),
                ("cards", .number(Double(result.deck.cards.count))), ("merges", .number(Double(result.merges.count))),
                ("out", .string(out)), ("list_out", .string(listOut)),
            ])).compact)
            return 0
        }
        var report = ""
        for (file, count) in result.questionsPerFile { report += "\(file): \(count) questions\n" }
        report += "\(result.raw.count) questions -> \(result.deck.cards.count) cards (\(result.merges.count) merges) written to \(out) (and \(listOut))\n"
        try ctx.console.out(report)
        return 0
    }
}
