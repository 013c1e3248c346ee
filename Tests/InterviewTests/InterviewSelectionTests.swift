import Corpus
import Exercises
import Interview
import Testing

/// A small deck: 4 topics of concept cards, personal cards, and every exercise card.
func sampleCards() -> [Card] {
    var cards: [Card] = []
    for topic in ["cnn", "rnn", "training", "optimization"] {
        for i in 0..<5 {
            cards.append(Card(id: "\(topic)-\(i)", question: "Q \(topic) \(i)?", answer: "A", sources: [],
                              tags: [topic], level: .basic))
        }
    }
    for i in 0..<3 {
        cards.append(Card(id: "personal-\(i)", question: "Tell me about you", answer: "", sources: [],
                          tags: ["cnn"], level: .basic, kind: .personal))
    }
    return ExerciseDeck.adding(to: Deck(version: 1, cards: cards)).cards
}

@Suite struct InterviewSelectionTests {
    @Test func sameSeedSameQuestionsOtherSeedOthers() {
        let cards = sampleCards()
        let a = InterviewSelection().pick(from: cards, count: 10, seed: 42)
        let b = InterviewSelection().pick(from: cards, count: 10, seed: 42)
        let c = InterviewSelection().pick(from: cards, count: 10, seed: 43)
        #expect(a.map(\.card.id) == b.map(\.card.id))
        #expect(a.map { $0.exercise?.seed } == b.map { $0.exercise?.seed })
        #expect(a.map(\.card.id) != c.map(\.card.id))
        // The deck's order does not matter, only the seed.
        let shuffledDeck = InterviewSelection().pick(from: cards.reversed(), count: 10, seed: 42)
        #expect(Set(shuffledDeck.map(\.card.id)).count == 10)
    }

    @Test func roundRobinOverTopicsWithEveryFourthAnExercise() {
        let q = InterviewSelection().pick(from: sampleCards(), count: 12, seed: 7)
        #expect(q.count == 12)
        #expect(Set(q.map(\.card.id)).count == 12)
        for (i, question) in q.enumerated() {
            #expect((question.card.kind == .exercise) == ((i + 1) % 4 == 0), "question \(i + 1): \(question.card.id)")
            #expect(question.card.kind != .personal)
        }
        #expect(q.filter { $0.exercise != nil }.allSatisfy { $0.card.kind == .exercise })
        // 9 concept questions over 4 topics: each topic asked 2 or 3 times, never more than one apart.
        let concepts = q.filter { $0.card.kind == .concept }
        var perTopic: [String: Int] = [:]
        for c in concepts { perTopic[c.topic, default: 0] += 1 }
        #expect(perTopic.count == 4)
        #expect(perTopic.values.max()! - perTopic.values.min()! <= 1)
        // The first four concept questions are four different topics.
        #expect(Set(concepts.prefix(4).map(\.topic)).count == 4)
    }

    @Test func exerciseTopicIsItsSubjectAndInstanceIsChecked() throws {
        let q = InterviewSelection().pick(from: sampleCards(), count: 4, seed: 1)
        let ex = try #require(q.last?.exercise)
        let card = q.last!.card
        #expect(q.last!.topic == card.tags.first { $0 != "exercise" })
        #expect(ex.check(ex.answerText).isRight)
        let scored = InterviewScorer().score(ex.answerText, for: q.last!, elapsedMs: 5)
        guard case .checked(let answer, _) = scored else { Issue.record("not checked"); return }
        #expect(answer.score == 1 && answer.rating == 3 && answer.missed.isEmpty)
    }

    @Test func fewerCardsThanAskedAndNoExercises() {
        let onlyConcepts = sampleCards().filter { $0.kind != .exercise && $0.tags == ["rnn"] }
        let q = InterviewSelection().pick(from: onlyConcepts, count: 10, seed: 3)
        #expect(q.count == 5)
        #expect(q.allSatisfy { $0.topic == "rnn" && $0.exercise == nil })
        let onlyExercises = sampleCards().filter { $0.kind == .exercise }
        #expect(InterviewSelection().pick(from: onlyExercises, count: 3, seed: 3).allSatisfy { $0.exercise != nil })
        #expect(InterviewSelection().pick(from: sampleCards().filter { $0.kind == .personal }, count: 3, seed: 3).isEmpty)
    }
}
