import Corpus
import JSONKit

/// `dlquiz list`: the cards, filtered by tag and level.
enum ListCommand: Command {
    static let spec = CommandSpec(
        name: "list", summary: "List the cards, optionally by tag and level.",
        usage: "dlquiz list [--tag T] [--level L] [--json]",
        flags: [("--json", "Print a JSON array of card objects in the corpus schema.")],
        options: [("--tag", "Only cards with this tag."), ("--level", "Only cards of this level: basic, intermediate, advanced.")],
        discussion: "Example: dlquiz list --tag cnn --level basic")

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        try args.expectPositionals(0, "")
        let filter = try CardFilter(args)
        if args.flag("--json"), filter.isEmpty, ctx.isEmbeddedDeckOnly, var all = Deck.embeddedCardsJSON() {
            all.append(0x0A)
            try ctx.console.out(bytes: all)
            return 0
        }
        if args.flag("--json"), filter.isEmpty, let catalog = try ctx.catalog() {
            try ctx.console.out(bytes: catalog.listJSON())
            return 0
        }
        let cards = filter.apply(try ctx.deck().cards)
        if args.flag("--json") {
            var bytes = JSON.array(cards.map(\.json)).compactBytes
            bytes.append(0x0A)
            try ctx.console.out(bytes: bytes)
            return 0
        }
        var out = ""
        for c in cards {
            out += "\(c.id)  [\(c.level.rawValue)] \(c.question)\n"
        }
        out += "\(cards.count) card\(cards.count == 1 ? "" : "s")\n"
        try ctx.console.out(out)
        return 0
    }
}
