import Corpus
import ImportExport
import JSONKit

/// `dlquiz search TEXT`: cards ranked by relevance.
enum SearchCommand: Command {
    static let spec = CommandSpec(
        name: "search", summary: "Search questions and answers, best match first.",
        usage: "dlquiz search TEXT [--limit N] [--json]",
        flags: [("--json", "Print a JSON array of {\"id\", \"score\", \"question\"}.")],
        options: [("--limit", "At most N results (default 10).")],
        discussion: "Example: dlquiz search vanishing gradient")

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        guard !args.positionals.isEmpty else { throw .usage("missing search text") }
        let limit = try args.int("--limit") ?? 10
        guard limit > 0 else { throw .usage("--limit must be at least 1") }
        let query = args.positionals.joined(separator: " ")
        let hits: [CardSearch.Hit]
        if let catalog = try ctx.catalog() {
            hits = catalog.search(query, limit: limit)
        } else {
            hits = CardSearch(cards: try ctx.deck().cards).search(query, limit: limit)
        }
        if args.flag("--json") {
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
