import Corpus
import ImportExport
import JSONKit

/// `dlquiz decks`: the built-in deck and the user's imported decks with their card counts.
struct DecksCommand: Command {
    static let name = "decks"
    static let summary = "List the decks with their card counts, or remove an imported deck."
    static let discussion = """
        'builtin' is the deck compiled into dlquiz (the exercise cards included); the others live in
        $DLQUIZ_HOME/decks/NAME.json. Removing a deck deletes its file; its reviews stay in the review log.
        Example: dlquiz decks remove interviews
        """
    static let subcommands: [any Command.Type] = [DecksRemoveCommand.self]

    var json = false

    static let arguments: [Argument<DecksCommand>] = [
        .flag(\.json, "--json", help: "Print a JSON array of {\"name\", \"cards\", \"merged\", \"path\"}."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let store = ctx.userDecks
        let set = try ctx.deckSet()
        if json {
            let items: [JSON] = set.members.map {
                ["name": .string($0.name), "cards": .number(Double($0.cardCount)), "merged": .number(Double($0.mergedCount)),
                 "path": $0.name == DeckSet.builtinName ? .null : .string(store.path($0.name))]
            }
            try ctx.console.line(JSON.array(items).compact)
            return 0
        }
        let width = set.members.map(\.name.count).max() ?? 0
        var out = ""
        for m in set.members {
            let merged = m.mergedCount > 0 ? ", \(m.mergedCount) answer\(m.mergedCount == 1 ? "" : "s") merged into other decks' cards" : ""
            out += m.name + String(repeating: " ", count: width - m.name.count + 2) + "\(m.cardCount) card\(m.cardCount == 1 ? "" : "s")\(merged)\n"
        }
        try ctx.console.out(out)
        return 0
    }
}
