import Corpus
import ImportExport
import JSONKit

/// `dlquiz decks`: the built-in deck and the user's imported decks; `decks remove NAME` deletes one.
enum DecksCommand: Command {
    static let spec = CommandSpec(
        name: "decks", summary: "List the decks with their card counts, or remove an imported deck.",
        usage: "dlquiz decks [--json] | dlquiz decks remove NAME",
        flags: [("--json", "Print a JSON array of {\"name\", \"cards\", \"merged\", \"path\"}.")],
        discussion: """
            'builtin' is the deck compiled into dlquiz; the others live in $DLQUIZ_HOME/decks/NAME.json.
            Removing a deck deletes its file; its reviews stay in the review log.
            Example: dlquiz decks remove interviews
            """)

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        let store = ctx.userDecks
        if args.positionals.first == "remove" {
            guard args.positionals.count == 2 else { throw .usage("usage: dlquiz decks remove NAME") }
            let name = args.positionals[1]
            if name == DeckSet.builtinName { throw .usage("the built-in deck cannot be removed") }
            guard store.names().contains(name) else {
                throw .failure("no deck named '\(name)' (decks: \(([DeckSet.builtinName] + store.names()).joined(separator: ", ")))")
            }
            do { try store.remove(name) } catch { throw .failure(error.description) }
            try ctx.console.line("Removed deck '\(name)'. Its reviews stay in the review log.")
            return 0
        }
        try args.expectPositionals(0, "")
        let set = try ctx.deckSet()
        if args.flag("--json") {
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
            let merged = m.mergedCount > 0 ? ", \(m.mergedCount) answers merged into other decks' cards" : ""
            out += m.name + String(repeating: " ", count: width - m.name.count + 2) + "\(m.cardCount) card\(m.cardCount == 1 ? "" : "s")\(merged)\n"
        }
        try ctx.console.out(out)
        return 0
    }
}
