import Corpus
import JSONKit

/// `dlquiz corpus parse`: the questions the article parsers read, one line each.
struct CorpusParseCommand: Command {
    static let name = "parse"
    static let summary = "Print what the article parsers read, one line a question."

    var sources = ""
    var json = false

    static let arguments: [Argument<CorpusParseCommand>] = [
        .required(\.sources, "--sources", "DIR", kind: .directory, help: "Folder of article .txt files (e.g. Data/articles)."),
        .flag(\.json, "--json", help: "Print the raw questions as JSON."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let raw: [RawQuestion]
        do { raw = try ArticleSet.load(directory: sources) } catch { throw .failure(error.description) }
        if json {
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
    }
}
