import Corpus
import ImportExport
import JSONKit

/// `dlquiz search TEXT`: cards ranked by relevance.
struct SearchCommand: Command {
    static let name = "search"
    static let summary = "Search questions and answers, best match first."
    static let discussion = "Example: dlquiz search vanishing gradient"

    var words: [String] = []
    var limit = 10
    var json = false

    static let arguments: [Argument<SearchCommand>] = [
        .positional(\.words, "TEXT", help: "The words to look for."),
        .option(\.limit, "--limit", "N", help: "At most N results."),
        .flag(\.json, "--json", help: "Print a JSON array of {\"id\", \"score\", \"question\"}."),
    ]

    func validate() throws(CLIError) {
        guard !words.isEmpty else { throw .usage("missing search text") }
        guard limit > 0 else { throw .usage("--limit must be at least 1") }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let query = words.joined(separator: " ")
        let hits: [CardSearch.Hit]
        if let catalog = try ctx.catalog() {
            hits = catalog.search(query, limit: limit)
        } else {
            hits = CardSearch(cards: try ctx.deck().cards).search(query, limit: limit)
        }
        if json {
            let items: [JSON] = hits.map {
                ["id": .string($0.card.id), "score": .number(($0.score * 1000).rounded() / 1000), "question": .string($0.card.question)]
            }
            try ctx.console.line(JSON.array(items).compact)
            return 0
        }
        if hits.isEmpty {
            try ctx.console.line("No card matches '\(query)'.")
            return 1
        }
        try ctx.console.out(hits.map { "\($0.card.id)  \($0.card.question)\n" }.joined())
        return 0
    }
}
