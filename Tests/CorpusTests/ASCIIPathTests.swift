import Foundation
import Testing
@testable import Corpus

/// The ASCII byte paths of the tokenisers and topic rules give what the Character paths give. A trailing
/// " ·" is a separator to both paths but sends the text down the Unicode one, so the two can be compared.
@Suite struct ASCIIPathTests {
    static var samples: [String] {
        let deck = try? Deck.load(path: Paths.corpus)
        let fromDeck = (deck?.cards ?? []).flatMap { [$0.question, $0.answer] }
        return fromDeck + [
            "What is a Convolutional Neural Network (CNN)?", "LSTMs vs GRUs: long short-term memory\r\nand more",
            "Batch Normalisation and batch normalization; RNNs, GANs, ResNets.", "x2 + y_3 = z-4?", "", "  ", "L1 and L2 regularization",
            "What is the Bias-Variance trade-off in deep learning models used for image data and transfer learning?",
        ]
    }

    @Test func byteTokenisersMatchTheCharacterOnes() {
        let samples = Self.samples
        #expect(samples.count > 100)
        for s in samples where ASCIIText.isASCII(s) {
            #expect(CardSearch.words(s) == CardSearch.words(s + " ·"), "\(s)")
            #expect(QuestionTerms.terms(s) == QuestionTerms.terms(s + " ·"), "\(s)")
            #expect(Topics.tags(question: s) == Topics.tags(question: s + " ·"), "\(s)")
            if s.count >= 42 || s.count < 38 {  // the suffix adds 2 to the length the level guess looks at
                #expect(Topics.level(question: s) == Topics.level(question: s + " ·"), "\(s)")
            }
        }
    }

    /// What the duplicate rules read: the byte path of `QuestionShape`, the lexicon's words and its
    /// first-word lookup give what the Character path and a scan of every name give.
    @Test func questionShapesMatchTheCharacterReading() {
        let samples = Self.samples + [
            "What is dropout, and how does it prevent overfitting?", "What is a CNN and how do you tune its padding?",
            "Which frameworks have you used?", "What is your experience with deploying models? And debugging them",
            "What are the steps in training a perceptron? Why?", "Compare CNN vs RNN vs LSTM.", "Describe xavier and how to choose it",
            "What is mini-batch gradient descent vs batch gradient descent?", "How to evaluate and deploy a GAN?",
        ]
        var checked = 0
        for s in samples where ASCIIText.isASCII(s) {
            let fast = QuestionShape(s), slow = QuestionShape(characters: s)
            #expect(fast == slow, "\(s)")
            #expect(QuestionShape.isPersonal(question: s) == slow.isPersonal, "\(s)")
            let words = ConceptLexicon.words(s)
            #expect(words == ConceptLexicon.characterWords(s), "\(s)")
            let found = ConceptLexicon.find(in: words), scanned = ConceptLexicon.findByScanning(in: words)
            #expect(found.map(\.id) == scanned.map(\.id) && found.map(\.position) == scanned.map(\.position), "\(s)")
            if !fast.subjects.isEmpty { checked += 1 }
        }
        #expect(checked > 50)  // the deck's questions name concepts: the lookup is exercised
    }
}
