import Foundation
import Testing
@testable import Corpus

@Suite struct CorpusBuildTests {
    static let result: CorpusBuilder.Result? = try? CorpusBuilder.build(
        sources: Paths.articles, curationPath: Paths.curation, keyPointsPath: nil)

    func built() throws -> CorpusBuilder.Result {
        try #require(Self.result, "the corpus must build from Data/articles")
    }

    @Test func rebuildingFromTheArticlesGivesTheCommittedCorpus() throws {
        let committed = try String(contentsOfFile: Paths.corpus, encoding: .utf8)
        #expect(try built().corpusText == committed, "run: swift run dlquiz corpus build --sources Data/articles --curation Data/curation.json --out Data/corpus.json")
    }

    @Test func theEmbeddedCorpusIsTheCommittedFile() throws {
        let committed = try Data(contentsOf: URL(fileURLWithPath: Paths.corpus))
        #expect(Data(Deck.embeddedBytes) == committed)
        #expect(try Deck.embedded().cards.count == built().deck.cards.count)
    }

    @Test func findsEveryQuestionInEachArticle() throws {
        let counts = try built().questionsPerFile.map(\.count)
        #expect(counts == [30, 20, 19, 15, 51])
    }

    @Test func mergesDuplicatesKeepingEverySource() throws {
        let deck = try built().deck
        // Asked twice in one article.
        #expect(deck["relu-vanishing-gradient"]?.sources.map(\.index) == [2, 30])
        // Asked in three places across two articles.
        let perceptron = try #require(deck["perceptron"])
        #expect(perceptron.sources.count == 3)
        #expect(Set(perceptron.sources.map(\.file)).count == 2)
        #expect(perceptron.sourceAnswers.count == 3)
        #expect(perceptron.sourceAnswers.map(\.source) == perceptron.sources)
        // Every raw question lands in exactly one card.
        let sources = deck.cards.flatMap(\.sources)
        #expect(sources.count == 135)
        #expect(Set(sources).count == 135)
    }

    @Test func honoursReviewedSplits() throws {
        let deck = try built().deck
        let dropout = try #require(deck["dropout"])
        let overfitting = try #require(deck["overfitting"])
        #expect(Set(dropout.sources).isDisjoint(with: overfitting.sources))
        #expect(deck["lstm"]?.sources.contains { $0.index == 13 && $0.file.hasPrefix("004") } == false)
    }

    @Test func idsArePinnedSlugsAndTagsAreKnown() throws {
        let curation = try Curation.load(path: Paths.curation)
        let deck = try built().deck
        #expect(deck.cards.count == 85)
        for card in deck.cards {
            #expect(curation.ids[card.id] != nil, "card \(card.id) must have a pinned id")
            #expect(card.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
            #expect(!card.tags.isEmpty)
            #expect(card.tags.allSatisfy { Topics.all.contains($0) || ["data", "tools"].contains($0) }, "\(card.id): \(card.tags)")
            #expect(!card.answer.isEmpty)
        }
        #expect(deck.cards.filter { $0.kind == .personal }.map(\.id) == ["framework-experience"])
    }

    @Test func cleanTextHasNoDoubledFormulasEmojiOrPageFurniture() throws {
        let deck = try built().deck
        let texts = deck.cards.flatMap { [$0.question, $0.answer] + $0.alternates + $0.sourceAnswers.map(\.text) }
        let prose = texts.map(Self.withoutCode).joined(separator: "\n")
        for garbage in ["z=i=1nwixi+b", "wiw_{i}", "\\frac", "\\sigma", "\\begin", "n1n", "Enquire Now", "Share this post",
                        "Similar Posts", "To improve your chances", "•", "🧠", "⚙", "\u{00A0}"] {
            #expect(!prose.contains(garbage), "found '\(garbage)'")
        }
        let all = texts.joined(separator: "\n")
        #expect(all.contains("z = Σᵢ₌₁ⁿ wᵢxᵢ + b"))
        #expect(all.contains("f(x) = 1/(1 + e⁻ˣ)"))
        #expect(all.contains("∂J/∂W = ∂J/∂Ŷ · ∂Ŷ/∂A · ∂A/∂Z · X"))
    }

    @Test func keepsCodeVerbatimInFences() throws {
        let answer = try #require(try built().deck["forward-and-backward-pass"]?.sourceAnswers.first?.text)
        #expect(answer.contains("```\nimport numpy as np\n\n# Input features\nX = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])"))
        #expect(answer.contains("def backward_pass(inputs, hidden_output, output, hidden_input, true_labels,\n                  learning_rate, weights1, weights2):"))
    }

    @Test func notesCorrectWrongSourceAnswers() throws {
        let deck = try built().deck
        #expect(deck.cards.filter { $0.note != nil }.count >= 10)
        #expect(deck["fourier-transform"]?.note?.contains("frequency") == true)
        #expect(deck["dropout"]?.demo == "dropout")
        #expect(deck["backpropagation"]?.demo == "backprop")
    }

    static func withoutCode(_ text: String) -> String {
        var out: [Substring] = []
        var inCode = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            if !inCode { out.append(line) }
        }
        return out.joined(separator: "\n")
    }
}
