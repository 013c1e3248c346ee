import Corpus
import JSONKit

/// The deck every command sees: the built-in deck plus every user deck, in one place.
///
/// Cards keep the order built-in first (with the exercise cards and the aliases of retired ids, as the
/// CLI loads it), then user decks by name. A user deck's `merged` records add their answers (as source
/// answers, and as alternates for readers of corpus version 1) and sources to the card they joined; a
/// merge recorded under an id that has since been retired goes to the card that replaced it. `only` narrows to the named decks (`builtin`
/// names the built-in one). A user card whose id another deck already uses is left out.
public struct DeckSet: Sendable {
    public struct Member: Sendable {
        public var name: String
        public var cardCount: Int
        public var mergedCount: Int
    }

    public var deck: Deck
    public var members: [Member]
    /// The deck each card comes from, by card id.
    public var origin: [String: String]
    /// Questions earlier imports merged into cards (question, card id): more wordings to match against.
    public var mergedQuestions: [(question: String, into: String)] = []

    public static let builtinName = "builtin"

    public init(builtin: Deck, userDecks: [UserDeck], only: [String] = []) {
        let wanted = Set(only)
        var cards: [Card] = []
        var origin: [String: String] = [:]
        var members: [Member] = []
        if wanted.isEmpty || wanted.contains(Self.builtinName) {
            cards = builtin.cards
            for c in cards { origin[c.id] = Self.builtinName }
            members.append(Member(name: Self.builtinName, cardCount: builtin.cards.count, mergedCount: 0))
        }
        let chosen = userDecks.filter { wanted.isEmpty || wanted.contains($0.name) }
        for u in chosen {
            var count = 0
            for c in u.cards where origin[c.id] == nil {
                origin[c.id] = u.name
                cards.append(c)
                count += 1
            }
            members.append(Member(name: u.name, cardCount: count, mergedCount: u.merged.count))
        }
        // The built-in deck's aliases stay: reviews and lookups under a retired id find its card.
        var deck = Deck(version: builtin.version, cards: cards, aliases: builtin.aliases)
        var positions: [String: Int] = [:]
        if chosen.contains(where: { !$0.merged.isEmpty }) {
            for (i, c) in deck.cards.enumerated() { positions[c.id] = i }
            for u in chosen {
                for m in u.merged {
                    guard let i = positions[builtin.canonicalID(m.into)] else { continue }
                    var card = deck.cards[i]
                    if !m.answer.isEmpty {
                        let said = SourceAnswer(file: m.source.file, index: m.source.index, text: m.answer)
                        if !card.sourceAnswers.contains(said) { card.sourceAnswers.append(said) }
                        if m.answer != card.answer, !card.alternates.contains(m.answer) { card.alternates.append(m.answer) }
                    }
                    if !card.sources.contains(m.source) { card.sources.append(m.source) }
                    deck.cards[i] = card
                }
            }
            deck = Deck(version: deck.version, cards: deck.cards, aliases: deck.aliases)
        }
        self.deck = deck
        self.members = members
        mergedQuestions = chosen.flatMap { u in
            u.merged.compactMap { m in deck[m.into].map { (m.question, $0.id) } }
        }
        self.origin = origin
    }

    /// Loads every user deck from the store; names in `only` that match no deck are an error.
    public static func load(builtin: Deck, store: UserDeckStore, only: [String] = []) throws(CorpusError) -> DeckSet {
        let names = store.names()
        for name in only where name != builtinName && !names.contains(name) {
            let known = ([builtinName] + names).joined(separator: ", ")
            throw CorpusError("no deck named '\(name)' (decks: \(known))")
        }
        var decks: [UserDeck] = []
        for name in names where only.isEmpty || only.contains(name) {
            decks.append(try store.load(name))
        }
        return DeckSet(builtin: builtin, userDecks: decks, only: only)
    }
}
