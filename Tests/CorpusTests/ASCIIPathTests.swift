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
}
