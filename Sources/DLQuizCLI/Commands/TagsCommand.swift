import Corpus
import JSONKit

/// `dlquiz tags`: the topics and how many cards each has.
enum TagsCommand: Command {
    static let spec = CommandSpec(
        name: "tags", summary: "List the topic tags with their card counts.",
        usage: "dlquiz tags [--json]",
        flags: [("--json", "Print a JSON array of {\"tag\", \"count\"}.")],
        discussion: "Example: dlquiz tags, then dlquiz list --tag rnn")

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        try args.expectPositionals(0, "")
        let counts = try ctx.deck().tagCounts
        if args.flag("--json") {
            try ctx.console.line(JSON.array(counts.map { ["tag": .string($0.tag), "count": .number(Double($0.count))] }).compact)
            return 0
        }
        let width = counts.map(\.tag.count).max() ?? 0
        try ctx.console.out(counts.map { $0.tag + String(repeating: " ", count: width - $0.tag.count + 2) + "\($0.count)\n" }.joined())
        return 0
    }
}
