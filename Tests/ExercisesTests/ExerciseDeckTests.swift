import Corpus
import Exercises
import JSONKit
import Testing

/// Exercise cards in the deck: kind, ids, tags and levels, links both ways, and the fast `list --json`.
@Suite struct ExerciseDeckTests {
    @Test func exerciseCardsAreAddedAndLinkedBothWays() throws {
        let base = try Deck.embedded()
        let deck = ExerciseDeck.adding(to: base)
        let exercises = deck.cards.filter { $0.kind == .exercise }
        #expect(exercises.count == ExerciseCatalog.templates.count)
        for template in ExerciseCatalog.templates {
            let card = try #require(deck[template.cardID])
            #expect(card.id == "exercise-" + template.name)
            #expect(card.tags.contains("exercise") && card.tags.count >= 2)
            #expect(card.practises == template.practises, "\(template.name) links to a card the deck lacks")
            for concept in card.practises {
                #expect(deck[concept]?.exercises.contains(card.id) == true, "\(concept) does not link back to \(card.id)")
            }
        }
        // Only exercise cards link to concepts; the concept side only lists exercise cards.
        for card in deck.cards where !card.exercises.isEmpty {
            #expect(card.exercises.allSatisfy { deck[$0]?.kind == .exercise })
        }
        // Adding twice changes nothing; the JSON round trip keeps the links.
        let twice = ExerciseDeck.adding(to: deck)
        #expect(twice.cards == deck.cards)
        let reparsed = try Deck(json: deck.json)
        #expect(reparsed.cards == deck.cards)
    }

    @Test func linksToMissingCardsAreDropped() {
        let small = Deck(cards: [Card(id: "dropout", question: "q", answer: "a", sources: [], tags: ["regularization"], level: .basic)])
        let deck = ExerciseDeck.adding(to: small)
        #expect(deck["exercise-dropout-scale"]?.practises == ["dropout"])
        #expect(deck["exercise-lstm-params"]?.practises == [])
        #expect(deck["dropout"]?.exercises == ["exercise-dropout-scale"])
    }

    /// The deck's aliases survive, and a link to a retired id lands on the card that replaced it.
    @Test func aliasesAreKeptAndRetiredLinksFollowThem() {
        let card = Card(id: "inverted-dropout", question: "q", answer: "a", sources: [], tags: ["regularization"], level: .basic)
        let small = Deck(cards: [card], aliases: ["dropout": "inverted-dropout"])
        let deck = ExerciseDeck.adding(to: small)
        #expect(deck.aliases == ["dropout": "inverted-dropout"])
        #expect(deck["dropout"]?.id == "inverted-dropout")
        #expect(deck["exercise-dropout-scale"]?.practises == ["inverted-dropout"])
        #expect(deck["inverted-dropout"]?.exercises == ["exercise-dropout-scale"])
    }

    /// `list --json` prints Data/corpus-list.json as it is for the built-in deck: it must be exactly what
    /// serialising the deck (exercise cards added) gives, or the precomputed output has gone stale.
    @Test func embeddedListJSONIsExactlyTheSerialisedDeck() throws {
        let slow = ExerciseDeck.listJSON(try Deck.embedded())
        let fast = Array(Deck.embeddedListJSON)
        // Compared as a flag and a first differing offset, so a failure names where, not 300 KB of bytes.
        let firstDifference = fast.indices.first { $0 < slow.count && fast[$0] != slow[$0] } ?? (fast.count == slow.count ? nil : min(fast.count, slow.count))
        #expect(firstDifference == nil, """
            Data/corpus-list.json is stale (first difference at byte \(firstDifference ?? 0)): run \
            swift run dlquiz corpus build --sources Data/articles --curation Data/curation.json --out Data/corpus.json
            """)
        let cards = try JSONParser.parse(bytes: Deck.embeddedListJSON).arrayValue
        let expected = try Deck.embedded().cards.count + ExerciseCatalog.templates.count
        #expect(fast.last == 0x0A && cards?.count == expected)
    }
}
