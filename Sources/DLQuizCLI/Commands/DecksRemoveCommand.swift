import ImportExport
import JSONKit

/// `dlquiz decks remove NAME`: deletes an imported deck's file; its reviews stay in the log.
struct DecksRemoveCommand: Command {
    static let name = "remove"
    static let summary = "Remove an imported deck (its reviews stay in the review log)."

    var deck = ""
    var json = false

    static let arguments: [Argument<DecksRemoveCommand>] = [
        .positional(\.deck, "NAME", help: "The deck to remove (see: dlquiz decks)."),
        .flag(\.json, "--json", help: "Print {\"removed\": NAME} instead of a sentence."),
    ]

    func validate() throws(CLIError) {
        if deck == DeckSet.builtinName { throw .usage("the built-in deck cannot be removed") }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let store = ctx.userDecks
        guard store.names().contains(deck) else {
            throw .failure("no deck named '\(deck)' (decks: \(([DeckSet.builtinName] + store.names()).joined(separator: ", ")))")
        }
        do { try store.remove(deck) } catch { throw .failure(error.description) }
        try ctx.console.line(json ? JSON.object(JSONObject([("removed", .string(deck))])).compact
                                  : "Removed deck '\(deck)'. Its reviews stay in the review log.")
        return 0
    }
}
