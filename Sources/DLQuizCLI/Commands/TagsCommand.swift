import Corpus
import JSONKit

/// `dlquiz tags`: the topics and how many cards each has.
struct TagsCommand: Command {
    static let name = "tags"
    static let summary = "List the topic tags with their card counts."
    static let discussion = "Example: dlquiz tags, then dlquiz list --tag rnn"

    var json = false

    static let arguments: [Argument<TagsCommand>] = [
        .flag(\.json, "--json", help: "Print a JSON array of {\"tag\", \"count\"}."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let counts = try ctx.deck().tagCounts
        if json {
            try ctx.console.line(JSON.array(counts.map { ["tag": .string($0.tag), "count": .number(Double($0.count))] }).compact)
            return 0
        }
        let width = counts.map(\.tag.count).max() ?? 0
        try ctx.console.out(counts.map { $0.tag + String(repeating: " ", count: width - $0.tag.count + 2) + "\($0.count)\n" }.joined())
        return 0
    }
}
