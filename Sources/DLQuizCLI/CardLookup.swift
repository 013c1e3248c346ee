import Corpus

/// Finding a card named on the command line, with one wording of the error for every command.
enum CardLookup {
    /// The card with this id among every deck the command sees: with a user deck, parsed alone from its
    /// sidecar index (see `Context.catalog`) instead of loading every deck; else as `card(_:in:)`.
    static func card(_ id: String, _ ctx: Context) throws(CLIError) -> Card {
        if let catalog = try ctx.catalog() {
            let aliases = try ctx.builtinDeck().aliases
            if let card = catalog.card(id) ?? aliases[id].flatMap(catalog.card) { return card }
        }
        return try card(id, in: try ctx.deck())
    }

    /// The card with this id, or a failure that names the closest ids.
    static func card(_ id: String, in deck: Deck) throws(CLIError) -> Card {
        if let card = deck[id] { return card }
        let close = closestIDs(to: id, among: deck.cards.map(\.id))
        let hint = close.isEmpty ? "see: dlquiz list" : "did you mean: " + close.joined(separator: ", ")
        throw .failure("no card '\(id)' (\(hint))")
    }
}
