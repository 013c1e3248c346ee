import Testing
@testable import Corpus

/// The lazy finder must agree with `CardSiblings.compute` on every question a study day asks: is a taken
/// card a sibling of this one.
@Suite struct SiblingFinderTests {
    static func card(_ id: String, _ q: String) -> Card { Card(id: id, question: q, answer: "", sources: [], tags: [], level: .basic) }

    /// The built-in deck plus cards that exercise the edges: a subject named by exactly five and by six other
    /// cards, a subject in an id only, a multi-word subject split across the question and the id, and a
    /// taken id that is not in the deck.
    static func cards() throws -> [Card] {
        var cards = try Deck.embedded().cards
        cards.append(card("kv-cache", "What is a KV cache?"))
        cards += (0..<5).map { card("kv-cache-use-\($0)", "When does a kv cache help \($0)?") }
        cards.append(card("rope", "What is RoPE?"))
        cards += (0..<6).map { card("pos-\($0)", "How does rope encode position \($0)?") }
        cards.append(card("flash-attention", "Why is it fast?"))
        cards.append(card("attention-flash", "Explain flash"))  // "flash attention" only across the question/id boundary
        cards.append(card("paged", "What is paging? versus flash-attention"))
        return cards
    }

    @Test func agreesWithComputeForEveryCardAgainstGrowingTakenSets() throws {
        let cards = try Self.cards()
        let siblings = CardSiblings.compute(cards)
        var rng = SystemRandomNumberGenerator()
        for round in 0..<6 {
            var ids = cards.map(\.id).shuffled(using: &rng)
            if round == 0 { ids.reverse() }
            var finder = SiblingFinder(cards: cards)
            var taken: Set<String> = ["not-in-the-deck"]
            finder.take("not-in-the-deck")
            for id in ids {
                let expected = !(siblings[id] ?? []).isDisjoint(with: taken)
                let found = finder.hasTakenSibling(id)
                #expect(found == expected, "\(id) against \(taken.count) taken")
                if Int.random(in: 0..<3, using: &rng) == 0 {
                    finder.take(id)
                    taken.insert(id)
                }
            }
        }
    }

    @Test func theEdgesAreWhatComputeSays() throws {
        let cards = try Self.cards()
        let siblings = CardSiblings.compute(cards)
        #expect(siblings["kv-cache"]?.contains("kv-cache-use-4") == true, "five other cards name it: still siblings")
        #expect(siblings["rope"] == nil, "six name it: general vocabulary")
        var finder = SiblingFinder(cards: cards)
        func ask(_ id: String) -> Bool { finder.hasTakenSibling(id) }
        finder.take("kv-cache")
        #expect(ask("kv-cache-use-0"))
        finder.take("rope")
        #expect(!ask("pos-0"))
        finder.take("flash-attention")
        let paged = ask("paged")
        #expect(paged == (siblings["paged"]?.contains("flash-attention") == true))
        #expect(!ask("attention-flash"))
        finder.take("vanishing-gradient")
        #expect(ask("vanishing-and-exploding-gradients"), "curated")
    }

    @Test func theASCIIPathOfWordsIsTheCharacterRule() throws {
        var texts = try Deck.embedded().cards.flatMap { [$0.id, $0.question, $0.answer] }
        texts += ["", " ", "A\r\nB", "x\ty--z__9", "ReLU(x) = max(0, x)", "  lead and trail  ", "L1/L2?", "café", "e\u{301}t\u{e9}"]
        for t in texts { #expect(CardSiblings.words(t) == CardSiblings.wordsByCharacter(t), "\(t)") }
        #expect(CardSiblings.words("What is a KV-cache?") == " what is a kv cache ")
    }
}
