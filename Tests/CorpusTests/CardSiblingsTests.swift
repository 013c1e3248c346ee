import Testing
@testable import Corpus

/// Siblings derived from the built-in deck: a definition and the cards that name its subject.
@Suite struct CardSiblingsTests {
    @Test func definitionsAndTheComparisonsBuiltOnThemAreSiblings() throws {
        let deck = try Deck.embedded()
        let siblings = CardSiblings.compute(deck.cards)
        #expect(siblings["lstm"]?.contains("lstm-vs-gru") == true)
        #expect(siblings["lstm-vs-gru"]?.contains("lstm") == true, "symmetric")
        #expect(siblings["dropout"]?.contains("batchnorm-vs-dropout") == true, "named in the question")
        #expect(siblings["batch-normalization"]?.contains("batchnorm-vs-dropout") == true)
        #expect(siblings["vanishing-gradient"]?.contains("vanishing-and-exploding-gradients") == true, "curated")
        #expect(siblings["deep-learning"] == ["deep-learning-vs-machine-learning"], "general vocabulary links only by the list")
        #expect(siblings["lstm"]?.contains("dropout") != true)
        #expect(siblings.allSatisfy { !$0.value.contains($0.key) })
        // Every curated pair names cards of the built-in deck (a renamed card would silently drop one).
        for (a, b) in CardSiblings.curated { #expect(deck[a] != nil && deck[b] != nil, "\(a), \(b)") }
    }

    @Test func subjectsMatchWholeWordsOnly() {
        func card(_ id: String, _ q: String) -> Card { Card(id: id, question: q, answer: "", sources: [], tags: [], level: .basic) }
        let s = CardSiblings.compute([card("gan", "What is a GAN?"), card("organ", "Why do organs fail?"), card("gan-loss", "The loss of a GAN")])
        #expect(s["gan"] == ["gan-loss"])
        #expect(s["organ"] == nil)
        let general = [card("neural-network", "What is it?")] + (0..<6).map { card("q\($0)", "Why does a neural network need \($0)?") }
        #expect(CardSiblings.compute(general).isEmpty, "a subject six cards name makes no siblings")
    }
}
