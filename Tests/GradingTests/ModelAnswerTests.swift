import Corpus
import Foundation
import Testing

@testable import Grading

/// The model answers (Data/answers.json, shown as each card's `answer`) graded by the real `Grader`
/// against the committed key points of Data/keypoints.json: a learner who types the answer shown
/// under "A" must get Easy, with every key point stated and no error found (issue 9).
struct ModelAnswerTests {
    static let root = EvaluationTests.root

    static func modelAnswers() throws -> [String: String] {
        try loadModelAnswers(path: root.appendingPathComponent("Data/answers.json").path)
    }

    /// The ids of the deck's concept cards (ids, not cards, so each test case has a short name).
    static var conceptIDs: [String] {
        get throws { try EvaluationTests.curatedDeck().cards.filter { $0.kind == .concept }.map(\.id) }
    }

    @Test func everyConceptCardHasOneModelAnswerAndNoOtherCardDoes() throws {
        let answers = try Self.modelAnswers()
        let deck = try EvaluationTests.curatedDeck()
        let concept = Set(deck.cards.filter { $0.kind == .concept }.map(\.id))
        #expect(concept.count >= 80)
        #expect(concept.subtracting(answers.keys).sorted() == [], "concept cards without a model answer")
        #expect(Set(answers.keys).subtracting(concept).sorted() == [], "model answers for personal or unknown cards")
        // The committed deck shows them as `answer` (the rebuild test checks the rest of the build).
        for card in deck.cards where card.kind == .concept {
            #expect(card.answer == answers[card.id], "\(card.id): Data/corpus.json is stale; rebuild it")
        }
    }

    @Test func everyModelAnswerHasTwoToSixSentences() throws {
        for (id, text) in try Self.modelAnswers() {
            let sentences = text.split(separator: /[.!?](\s+|$)/).filter { $0.contains(where: \.isLetter) }.count
            #expect((2...6).contains(sentences), "\(id): \(sentences) sentences")
        }
    }

    @Test(arguments: try conceptIDs)
    func modelAnswerGradesEasyAgainstItsOwnCard(_ id: String) throws {
        let card = try #require(try EvaluationTests.curatedDeck()[id])
        let answer = try #require(try Self.modelAnswers()[id], "\(id) has no model answer")
        let result = Grader().grade(answer, for: card)
        #expect(result.method == "key_points", "\(card.id) has no key points")
        #expect(result.rating == SuggestedRating.easy.rawValue, "\(card.id): \(result.explanation)")
        #expect(result.missed == [], "\(card.id): key points not stated")
        #expect(result.unstated == [], "\(card.id): key points only named, not stated")
        #expect(result.misconceptions == [], "\(card.id) states its own misconception")
        #expect(result.contradicted == [], "\(card.id) contradicts its own key points")
        #expect(result.errors.isEmpty, "\(card.id): \(result.explanation)")
    }

    /// The check above can fail: the wrong article answer it replaces is caught by the same grader.
    @Test func theWrongArticleAnswerItReplacesIsNotEasy() throws {
        let card = try #require(try EvaluationTests.curatedDeck()["fourier-transform"])
        let article = try #require(card.sourceAnswers.first { $0.text.contains("package") }?.text)
        let result = Grader().grade(article, for: card)
        #expect(!result.misconceptions.isEmpty)
        #expect(result.rating < SuggestedRating.easy.rawValue)
    }
}
