import Corpus
import Exercises
import JSONKit

/// `dlquiz list`: the cards, filtered by tag and level.
struct ListCommand: Command {
    static let name = "list"
    static let summary = "List the cards, optionally by tag and level."
    static let discussion = "Examples: dlquiz list --tag cnn --level advanced; dlquiz list --tag rnn --tag cnn (either tag)"

    var filter = CardFilter()
    var json = false

    static let arguments: [Argument<ListCommand>] = CardFilter.arguments.map { $0.lifted(\.filter) } + [
        .flag(\.json, "--json", help: "Print a JSON array of card objects in the corpus schema."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        if json, filter.isEmpty, ctx.isEmbeddedDeckOnly,
           var all = Deck.embeddedCardsJSON().flatMap(ExerciseCardsJSON.splice(cardsArray:)) {
            all.append(0x0A)
            try ctx.console.out(bytes: all)
            return 0
        }
        if json, filter.isEmpty, let catalog = try ctx.catalog() {
            try ctx.console.out(bytes: catalog.listJSON())
            return 0
        }
        let deck = try ctx.deck()
        try filter.check(deck)
        let cards = filter.apply(deck.cards)
        if json {
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
