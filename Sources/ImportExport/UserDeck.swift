import Corpus
import JSONKit

/// A deck the user imported: `$DLQUIZ_HOME/decks/NAME.json`, in the corpus schema plus `merged`,
/// the answers it adds to cards of other decks (see `MergeRecord`). `Deck.load` reads it as a plain deck.
public struct UserDeck: Equatable, Sendable {
    public var name: String
    public var cards: [Card]
    public var merged: [MergeRecord]

    public init(name: String, cards: [Card] = [], merged: [MergeRecord] = []) {
        self.name = name
        self.cards = cards
        self.merged = merged
    }

    public init(name: String, json: JSON) throws(CorpusError) {
        let deck = try Deck(json: json)
        self.init(name: name, cards: deck.cards, merged: (json["merged"]?.arrayValue ?? []).compactMap(MergeRecord.init(json:)))
    }

    public var json: JSON {
        var o = JSONObject()
        o["version"] = 1
        o["name"] = .string(name)
        o["cards"] = .array(cards.map(\.json))
        if !merged.isEmpty { o["merged"] = .array(merged.map(\.json)) }
        return .object(o)
    }

    public var isEmpty: Bool { cards.isEmpty && merged.isEmpty }
}
