import Corpus
import Foundation
import Testing
@testable import ImportExport

/// What `study` reads from the sidecar indexes must be what the full load gives: the same cards in the same
/// order with the same levels, topics and tag matches, the same cards when parsed, and the same siblings.
@Suite struct StudyCatalogTests {
    static func card(_ id: String, _ q: String, tags: [String] = [], level: Level = .basic) -> Card {
        Card(id: id, question: q, answer: "Answer to " + q, sources: [Source(file: "u.csv", index: 1)], tags: tags, level: level)
    }

    static let builtin = Deck(cards: [
        card("dropout", "What is dropout?", tags: ["regularization"]),
        card("lstm", "What is an LSTM?", tags: ["rnn"], level: .intermediate),
        card("kv-cache", "What is a KV cache?", tags: ["transformers"], level: .advanced),
    ])

    func makeStore() throws -> UserDeckStore {
        let store = UserDeckStore(home: NSTemporaryDirectory() + "dlquiz-studycatalog-\(UUID().uuidString)")
        try store.save(UserDeck(name: "alpha", cards: [
            Self.card("a-dropout-rate", "How do you pick the dropout rate?", tags: ["regularization", "training"]),
            Self.card("a-lstm-vs-gru", "Compare an LSTM with a GRU.", tags: ["rnn"], level: .advanced),
            Self.card("a-gru", "What is a GRU?", tags: [], level: .intermediate),
            Self.card("a-paged-kv", "Why page the kv cache?", tags: ["Transformers", "serving"]),
            Self.card("a-ünïcode", "Qu'est-ce qu'une «couche» dense — a GRU?", tags: ["dense"]),
        ]))
        try store.save(UserDeck(name: "beta", cards: (0..<7).map {
            Self.card("b-gru-\($0)", "When is a GRU enough (\($0))?", tags: ["rnn", "b\($0 % 2)"], level: Level.allCases[$0 % 3])
        } + [Self.card("b-dense", "What is a dense layer? a-gru or not", tags: ["dense"])]))
        return store
    }

    @Test func itemsCardsAndSiblingsMatchTheFullLoad() throws {
        let store = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: store.home) }
        for only in [[], ["alpha"], ["builtin", "beta"], ["beta", "alpha"]] {
            let deck = try DeckSet.load(builtin: Self.builtin, store: store, only: only).deck
            let catalog = try #require(DeckCatalog.load(builtin: Self.builtin, store: store, only: only))
            for tags in [[], ["rnn"], ["transformers", "dense"], ["b1"]] {
                let study = StudyCatalog(catalog, tags: tags)
                #expect(study.items.map(\.id) == deck.cards.map(\.id))
                #expect(study.items.map(\.level) == deck.cards.map(\.level))
                #expect(study.items.map(\.topic) == deck.cards.map { $0.tags.first ?? "" })
                #expect(study.items.map(\.tagged) == deck.cards.map { c in tags.isEmpty || c.tags.contains { tags.contains($0) } }, "\(tags)")
                for tag in ["rnn", "serving", "Transformers", "nope"] {
                    #expect(study.hasTag(tag) == deck.cards.contains { $0.tags.contains(tag) }, "\(tag)")
                }
            }
            let study = StudyCatalog(catalog)
            for c in deck.cards { #expect(study.card(c.id) == c) }
            #expect(study.card("nope") == nil)
            // Siblings: every card against every growing set of taken cards, as `compute` says.
            let siblings = CardSiblings.compute(deck.cards)
            if deck["lstm"] != nil, deck["a-lstm-vs-gru"] != nil {
                #expect(siblings["lstm"]?.contains("a-lstm-vs-gru") == true, "a built-in card named by a user card")
            }
            #expect(siblings["a-gru"] == nil || only == ["alpha"], "named by eight other cards: general vocabulary")
            var finder = study.siblingFinder()
            var taken: Set<String> = []
            for (k, c) in deck.cards.reversed().enumerated() {
                let found = finder.hasTakenSibling(c.id)
                #expect(found == !(siblings[c.id] ?? []).isDisjoint(with: taken), "\(c.id)")
                if k % 2 == 0 {
                    finder.take(c.id)
                    taken.insert(c.id)
                }
            }
        }
    }

    @Test func namingCountsStoredTextsOnceEachAndSkipsTheCardItself() throws {
        let store = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: store.home) }
        let index = try #require(store.index("beta"))
        // " gru " is in all eight texts (in the b-gru ones twice, question and id): each counts once.
        #expect(index.naming(" gru ", excluding: nil, limit: 100) == 8)
        #expect(index.naming(" gru ", excluding: 3, limit: 100) == 7)
        #expect(index.naming(" gru ", excluding: nil, limit: 4) == 4)
        #expect(index.naming(" a gru or ", excluding: nil, limit: 100) == 1)
        #expect(index.naming(" a gru or ", excluding: 7, limit: 100) == 0)
        #expect(index.naming(" gr ", excluding: nil, limit: 100) == 0, "whole words only")
        #expect(index.siblingText(7) == CardSiblings.text(try #require(index.card(7))))
    }
}
