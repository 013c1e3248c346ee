import Corpus
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
    var json = false

    static let arguments: [Argument<CorpusBuildCommand>] = [
        .required(\.sources, "--sources", "DIR", kind: .directory, help: "Folder of article .txt files (e.g. Data/articles)."),
        .required(\.curation, "--curation", "FILE", kind: .file, help: "The reviewed curation file (Data/curation.json)."),
        .option(\.keyPoints, "--keypoints", "FILE", kind: .file, help: "Key points per card (default: keypoints.json beside the curation file)."),
        .required(\.out, "--out", "FILE", kind: .file, help: "Where to write the corpus (Data/corpus.json)."),
        .flag(\.json, "--json", help: "Print the counts as one JSON object: questions per file, questions, cards, merges, out."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let result: CorpusBuilder.Result
        do {
            result = try CorpusBuilder.build(sources: sources, curationPath: curation, keyPointsPath: keyPoints)
        } catch {
            throw .failure(error.description)
        }
        for w in result.warnings { ctx.console.error("dlquiz: warning: \(w)") }
        do {
            try FileSystem.writeAtomically(Array(result.corpusText.utf8), toPath: out)
        } catch {
            throw .failure("cannot write \(error.description)")
        }
        if json {
            let perFile = JSON.object(JSONObject(result.questionsPerFile.map { ($0.0, JSON.number(Double($0.1))) }))
            try ctx.console.line(JSON.object(JSONObject([
                ("questions_per_file", perFile), ("questions", .number(Double(result.raw.count))),
                ("cards", .number(Double(result.deck.cards.count))), ("merges", .number(Double(result.merges.count))),
                ("out", .string(out)),
            ])).compact)
            return 0
        }
        var report = ""
        for (file, count) in result.questionsPerFile { report += "\(file): \(count) questions\n" }
        report += "\(result.raw.count) questions -> \(result.deck.cards.count) cards (\(result.merges.count) merges) written to \(out)\n"
        try ctx.console.out(report)
        return 0
    }
}
