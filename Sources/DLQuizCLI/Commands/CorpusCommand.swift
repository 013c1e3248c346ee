/// `dlquiz corpus build|parse`: rebuild Data/corpus.json from the articles, or inspect what the parsers read.
struct CorpusCommand: Command {
    static let name = "corpus"
    static let summary = "Rebuild the deck from the source articles, or show what the parsers read."
    static let discussion = "Example: dlquiz corpus build --sources Data/articles --curation Data/curation.json --out Data/corpus.json"
    static let arguments: [Argument<CorpusCommand>] = []
    static let subcommands: [any Command.Type] = [CorpusBuildCommand.self, CorpusParseCommand.self, CorpusReviewCommand.self]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        throw .usage("missing subcommand: " + Self.subcommands.map { $0.name }.joined(separator: " or "))
    }
}
