import Corpus
import Platform
#if canImport(Glibc)
import Glibc
#endif
import JSONKit

/// `dlquiz corpus`: rebuild Data/corpus.json from the articles, or inspect what the parsers read.
enum CorpusCommand: Command {
    static let spec = CommandSpec(
        name: "corpus", summary: "Rebuild the deck from the source articles, show what the parsers read, or review its merges.",
        usage: "dlquiz corpus build --sources DIR --curation FILE --out FILE\n       dlquiz corpus parse --sources DIR [--json]\n       dlquiz corpus review --sources DIR --curation FILE",
        flags: [("--json", "parse: print the raw questions as JSON.")],
        options: [
            ("--sources", "Folder of article .txt files (Data/articles)."),
            ("--curation", "The reviewed curation file (Data/curation.json)."),
            ("--keypoints", "Key points per card (default: keypoints.json beside the curation file)."),
            ("--out", "Where to write the corpus (Data/corpus.json)."),
        ],
        discussion: "Example: dlquiz corpus build --sources Data/articles --curation Data/curation.json --out Data/corpus.json")

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        guard let sub = args.positionals.first else { throw .usage("missing subcommand: build or parse") }
        guard let sources = args.option("--sources") else { throw .usage("--sources DIR is required") }
        switch sub {
        case "parse":
            let raw: [RawQuestion]
            do { raw = try ArticleSet.load(directory: sources) } catch { throw .failure(error.description) }
            if args.flag("--json") {
                let items: [JSON] = raw.map {
                    ["file": .string($0.source.file), "index": .number(Double($0.source.index)),
                     "question": .string($0.question), "answer": .string($0.answer), "level": JSON($0.statedLevel?.rawValue)]
                }
                try ctx.console.line(JSON.array(items).pretty)
            } else {
                var out = ""
                for q in raw { out += "\(q.source.file)#\(q.source.index)  \(q.question)\n" }
                try ctx.console.out(out)
            }
            return 0
        case "build":
            guard let curation = args.option("--curation") else { throw .usage("--curation FILE is required") }
            guard let out = args.option("--out") else { throw .usage("--out FILE is required") }
            let result: CorpusBuilder.Result
            do {
                result = try CorpusBuilder.build(sources: sources, curationPath: curation, keyPointsPath: args.option("--keypoints"))
            } catch {
                throw .failure(error.description)
            }
            for w in result.warnings { ctx.console.error("dlquiz: warning: \(w)") }
            do {
                try FileSystem.writeAtomically(Array(result.corpusText.utf8), toPath: out)
            } catch {
                throw .failure("cannot write \(error.description)")
            }
            var report = ""
            for (file, count) in result.questionsPerFile { report += "\(file): \(count) questions\n" }
            report += "\(result.raw.count) questions -> \(result.deck.cards.count) cards (\(result.merges.count) merges) written to \(out)\n"
            try ctx.console.out(report)
            return 0
        case "review":
            guard let curationPath = args.option("--curation") else { throw .usage("--curation FILE is required") }
            let text: String
            do {
                let result = try CorpusBuilder.build(sources: sources, curationPath: curationPath, keyPointsPath: args.option("--keypoints"))
                let threshold = try Curation.load(path: curationPath).threshold
                text = CorpusReview.text(result, review: CorpusReview(result, threshold: threshold))
            } catch {
                throw .failure(error.description)
            }
            try ctx.console.out(text)
            return 0
        default:
            throw .usage("unknown subcommand '\(sub)': use build, parse or review")
        }
    }
}
