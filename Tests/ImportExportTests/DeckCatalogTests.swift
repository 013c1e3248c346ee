import Corpus
import Foundation
import JSONKit
import Testing
@testable import ImportExport

/// The sidecar fast paths must give exactly what the full load gives: the same `list --json` bytes, the
/// same search hits and scores, the same study candidates and cards.
@Suite struct DeckCatalogTests {
    static let builtin = Deck(cards: [
        Card(id: "dropout", question: "What is dropout and how does it prevent overfitting?", answer: "Randomly zeroes units.",
             sources: [Source(file: "a.txt", index: 1)], tags: ["regularization"], level: .basic),
        Card(id: "lstm-vs-gru", question: "Compare LSTM and GRU.", answer: "GRU has fewer gates; the gradient flows.",
             sources: [Source(file: "a.txt", index: 2)], tags: ["rnn"], level: .intermediate),
    ])

    func makeStore() throws -> UserDeckStore {
        let home = NSTemporaryDirectory() + "dlquiz-catalog-\(UUID().uuidString)"
        let store = UserDeckStore(home: home)
        let notes = [
            ImportedNote(index: 1, question: "How does dropout prevent overfitting?", answer: "It drops units at random."),
            ImportedNote(index: 2, question: "What is a KV cache?", answer: "Stored keys and values of past tokens.", tags: ["transformers"]),
            ImportedNote(index: 3, question: "Why do gradients vanish in deep networks?", answer: "Products of small Jacobians; the gradient shrinks."),
            ImportedNote(index: 4, question: "Qu'est-ce que la «normalisation» par lots?", answer: "Centrer et réduire chaque mini-lot — gradient plus stable."),
        ]
        var read = ReadResult()
        read.notes = notes
        let first = Importer().run(read: read, format: .csv, file: "f.csv", into: UserDeck(name: "alpha"),
                                   existing: DeckSet(builtin: Self.builtin, userDecks: []))
        try store.save(first.deck)
        var more = ReadResult()
        more.notes = [ImportedNote(index: 1, question: "Explain gradient clipping.", answer: "Rescale the gradient when its norm is too large.", tags: ["optimization", "training"])]
        let second = Importer().run(read: more, format: .csv, file: "g.csv", into: UserDeck(name: "beta"),
                                    existing: DeckSet(builtin: Self.builtin, userDecks: [first.deck]))
        try store.save(second.deck)
        return store
    }

    @Test func fastPathsMatchTheFullLoad() throws {
        let store = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: store.home) }
        for only in [[], ["alpha"], ["builtin", "beta"]] {
            let set = try DeckSet.load(builtin: Self.builtin, store: store, only: only)
            let catalog = try #require(DeckCatalog.load(builtin: Self.builtin, store: store, only: only))
            #expect(catalog.count == set.deck.cards.count)
            #expect(catalog.listJSON() == JSON.array(set.deck.cards.map(\.json)).compactBytes + [0x0A])
            for query in ["gradient", "dropout overfitting", "kv cache", "normalisation", "nothing-here", "GRU gates"] {
                let slow = CardSearch(cards: set.deck.cards).search(query, limit: 10)
                let fast = catalog.search(query, limit: 10)
                #expect(fast.map(\.card.id) == slow.map(\.card.id), "\(query)")
                #expect(zip(fast, slow).allSatisfy { abs($0.score - $1.score) < 1e-12 }, "\(query)")
            }
            for (level, tags) in [(nil, []), (Level.basic, []), (nil, ["gradient"]), (nil, ["optimization", "training"])] as [(Level?, [String])] {
                let slow = set.deck.cards.filter { (level == nil || $0.level == level) && tags.allSatisfy($0.tags.contains) }.map(\.id)
                #expect(catalog.ids(level: level, tags: tags) == slow)
            }
            for c in set.deck.cards { #expect(catalog.card(c.id) == c) }
        }
        // The merge into the built-in card shows there too.
        #expect(DeckCatalog.load(builtin: Self.builtin, store: store)?.card("dropout")?.alternates == ["It drops units at random."])
    }

    @Test func aStaleIndexIsRebuiltAndOddDecksTakeTheFullLoad() throws {
        let store = try makeStore()
        defer { try? FileManager.default.removeItem(atPath: store.home) }
        // Edited by hand: the sidecar no longer matches and is rebuilt from the file.
        var deck = try store.load("beta")
        deck.cards[0].answer = "Edited by hand."
        try Data((deck.json.pretty + "\n").utf8).write(to: URL(fileURLWithPath: store.path("beta")))
        let catalog = try #require(DeckCatalog.load(builtin: Self.builtin, store: store))
        #expect(catalog.card(deck.cards[0].id)?.answer == "Edited by hand.")
        // A damaged sidecar is ignored (and rebuilt).
        try Data("DLQXIDX2 garbage".utf8).write(to: URL(fileURLWithPath: store.indexPath("alpha")))
        #expect(DeckCatalog.load(builtin: Self.builtin, store: store)?.count == catalog.count)
        // An unknown deck name is left to the full load's error; so is an id two decks share.
        #expect(DeckCatalog.load(builtin: Self.builtin, store: store, only: ["nope"]) == nil)
        var clash = UserDeck(name: "gamma")
        clash.cards = [try #require(Self.builtin["dropout"])]
        try store.save(clash)
        #expect(DeckCatalog.load(builtin: Self.builtin, store: store) == nil)
        // Removing a deck removes its sidecar.
        try store.remove("gamma")
        #expect(!FileManager.default.fileExists(atPath: store.indexPath("gamma")))
    }
}
