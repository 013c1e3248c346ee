import Corpus
import Testing
@testable import ImportExport

/// Import's byte paths (the normalised wording it matches identical questions by, the personal test
/// of new cards) give what the Character paths give, on the deck's questions and awkward spacing.
@Suite struct ASCIIPathAgreementTests {
    @Test func normalisedAndPersonalMatchTheCharacterPaths() {
        let deck = (try? Deck.embedded()) ?? Deck(cards: [])
        #expect(deck.cards.count > 50)
        let samples = deck.cards.map(\.question) + [
            "  What\tis\r\n DROPOUT?.  ", "What is dropout??", "...", "", " \n ", "Which frameworks HAVE YOU used?",
            "What is your favourite optimizer", "Why do you  normalise\u{0B}inputs\u{0C}?", "Is it 'Adam'?",
        ]
        for q in samples {
            #expect(Importer.normalised(q) == Importer.characterNormalised(q), "\(q)")
            #expect(DuplicateRule.isPersonal(q) == QuestionShape(q).isPersonal, "\(q)")
        }
        #expect(samples.contains { DuplicateRule.isPersonal($0) })
        #expect(Importer.normalised("  What\tis\r\n DROPOUT?.  ") == "what is dropout")
    }
}
