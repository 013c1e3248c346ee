import Corpus
import JSONKit

/// Puts the exercise cards into a deck when it is loaded: one card per template (kind `exercise`, id
/// `exercise-<name>`), linked both ways with the concept cards it practises. Links to cards the deck
/// does not have are left out, so a smaller `--corpus` deck still loads; a link to a retired id (one of
/// the deck's aliases) goes to the card that replaced it.
public enum ExerciseDeck {
    /// The exercise card of a template, linked to `practises` ∩ the deck's ids.
    public static func card(_ template: ExerciseTemplate, known: (String) -> Bool) -> Card {
        var card = Card(
            id: template.cardID, question: template.title, answer: template.method, sources: [],
            tags: ["exercise"] + template.tags.filter { $0 != "exercise" }, level: template.level, kind: .exercise)
        card.practises = template.practises.filter(known)
        return card
    }

    /// `deck` with the exercise cards appended (those it does not already have) and each concept
    /// card's `exercises` set to the exercise cards that practise it; the deck's aliases are kept.
    public static func adding(to deck: Deck) -> Deck {
        var cards = deck.cards
        var index: [String: Int] = [:]
        for (i, c) in cards.enumerated() { index[c.id] = i }
        for template in ExerciseCatalog.templates where index[template.cardID] == nil {
            var card = card(template, known: { index[deck.canonicalID($0)] != nil })
            var seen: Set<String> = []
            card.practises = card.practises.map(deck.canonicalID).filter { seen.insert($0).inserted }
            index[card.id] = cards.count
            cards.append(card)
        }
        for (id, exercises) in reverseLinks(cards) {
            if let i = index[id], cards[i].exercises.isEmpty { cards[i].exercises = exercises }
        }
        return Deck(version: deck.version, cards: cards, aliases: deck.aliases)
    }

    /// What `dlquiz list --json` prints for `deck` as it stands alone: every card of `adding(to: deck)`
    /// as one compact JSON array, then a newline. `dlquiz corpus build` writes this for the built-in deck
    /// (Data/corpus-list.json), which the binary then prints as it is.
    public static func listJSON(_ deck: Deck) -> [UInt8] {
        var bytes = JSON.array(adding(to: deck).cards.map(\.json)).compactBytes
        bytes.append(0x0A)
        return bytes
    }

    /// concept id → the exercise cards that practise it, in catalog order.
    static func reverseLinks(_ cards: [Card]) -> [(String, [String])] {
        var order: [String] = []
        var links: [String: [String]] = [:]
        for card in cards where card.kind == .exercise {
            for target in card.practises {
                if links[target] == nil { order.append(target) }
                links[target, default: []].append(card.id)
            }
        }
        return order.map { ($0, links[$0]!) }
    }
}
