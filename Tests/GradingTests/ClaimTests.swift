import Corpus
import Testing

@testable import Grading

/// Issue 14: claims, not words. The three answers from the issue, graded on the real deck's key points,
/// and the mechanisms behind them (sentence shape, ordered role patterns, inverses, the Hard cap).
struct ClaimTests {
    let grader = Grader()

    func grade(_ answer: String, _ id: String) throws -> GradeResult {
        let deck = try EvaluationTests.curatedDeck()
        return grader.grade(answer, for: try #require(deck[id]))
    }

    /// Scored 1.0 (Easy) before: every term, no claim.
    @Test func keywordSaladIsAtMostHardAndSaysWhy() throws {
        let r = try grade("gradients vanishing small layers backprop sigmoid tanh ReLU Xavier He batch norm residual LSTM GRU early layers slow", "vanishing-gradient")
        #expect(r.rating <= 2, "\(r)")
        #expect(r.hit.isEmpty)
        #expect(!r.unstated.isEmpty)
        #expect(r.explanation.hasPrefix("no statement found: a list of terms"), "\(r.explanation)")
        #expect(r.json["explanation"] == .string(r.explanation))
    }

    /// Scored 0.5 (Good) before: dropout at inference only, and "increases overfitting".
    @Test func invertedDropoutIsAtMostHardAndNamesTheWrongClaims() throws {
        let r = try grade("Dropout is applied at inference time only, never during training; it randomly zeroes units which increases overfitting.", "dropout")
        #expect(r.rating <= 2, "\(r)")
        #expect(r.contradicted.contains { $0.hasPrefix("At inference dropout is off") }, "\(r.contradicted)")
        #expect(r.contradicted.contains("Acts as a regulariser that reduces overfitting"), "\(r.contradicted)")
        let overfitting = try #require(r.errors.first { $0.claim == "Acts as a regulariser that reduces overfitting" })
        #expect(overfitting.kind == .inverted)
        #expect(overfitting.matched == ["increases", "overfitting"])
        #expect(r.explanation.contains("states the opposite of"))
    }

    /// Scored 0.29 (Hard) before with nothing flagged: every claim in it is wrong.
    @Test func explodingInsteadOfVanishingIsAgainWithEachErrorNamed() throws {
        let r = try grade("Gradients grow exponentially as they go back through layers, so early layers learn too fast; fix it with sigmoid activations.", "vanishing-gradient")
        #expect(r.rating == 1, "\(r)")
        #expect(r.contradicted.contains("Gradients shrink as they are propagated back through many layers"))
        #expect(r.contradicted.contains("So early layers learn very slowly or not at all"))
        #expect(r.errors.contains { $0.matched.contains("sigmoid") }, "\(r.errors)")
        #expect(!r.hit.contains { $0.point.hasPrefix("Gradients shrink") || $0.point.hasPrefix("So early layers") })
    }

    /// The same card answered right still passes: the checks do not punish correct prose.
    @Test func correctAnswersStayGoodOrEasy() throws {
        let vanishing = try grade("Backprop multiplies many small derivatives, such as the sigmoid's slope of at most 0.25, so the gradient shrinks as it travels back through the layers and the early layers learn very slowly. ReLU, He initialisation, batch norm and residual connections avoid it.", "vanishing-gradient")
        #expect(vanishing.rating >= 3, "\(vanishing)")
        #expect(vanishing.errors.isEmpty)
        let dropout = try grade("During training each unit is dropped at random with probability p, so units cannot co-adapt and the network overfits less. At inference nothing is dropped and activations are scaled.", "dropout")
        #expect(dropout.rating >= 3, "\(dropout)")
        #expect(dropout.errors.isEmpty)
    }

    @Test func swappedRolesAreCaughtByOrderedPatterns() throws {
        let swapped = try grade("The decoder compresses the input into a small latent code, and then the encoder reconstructs the input from it.", "autoencoders")
        #expect(swapped.rating <= 2, "\(swapped)")
        #expect(swapped.errors.contains { $0.kind == .inverted })
        let right = try grade("The encoder compresses the input into a small latent code, and then the decoder reconstructs the input from it. It is trained without labels on the reconstruction error.", "autoencoders")
        #expect(right.errors.isEmpty, "\(right)")
        #expect(right.rating >= 3)
    }

    @Test func sentenceShapes() {
        func shape(_ s: String) -> [SentenceShape] { grader.analyzer.analyze(s).shapes }
        #expect(shape("Dropout randomly zeroes units while training.") == [.statement])
        #expect(shape("Gradients vanish in deep nets.") == [.statement])
        #expect(shape("The rectified linear unit returns max(0, x).") == [.statement])
        #expect(shape("ReLU: max(0, x)") == [.statement])
        #expect(shape("it's max(0, x)") == [.statement])
        #expect(shape("dropout neurons random probability training inference overfitting regularization") == [.list])
        #expect(shape("dropout: training, inference, overfitting, neurons") == [.list])
        #expect(shape("Regularisation.") == [.fragment])
        #expect(shape("the output of the last layer of the network") == [.phrase])
        // One verb thrown into a salad does not make it a statement.
        #expect(shape("gradients is vanishing small layers backprop sigmoid tanh relu xavier batchnorm residual lstm gru") == [.list])
    }

    @Test func misconceptionsAndInversesCapAtHard() {
        let card = Card(
            id: "c", question: "q", answer: "a", sources: [], tags: [], level: .basic,
            keyPoints: [
                KeyPoint(text: "L2 shrinks weights", terms: ["l2 + reduce + weight"], inverse: ["l2 > increase + weight"]),
                KeyPoint(text: "reduces overfitting", terms: ["reduce + overfit"]),
            ])
        let right = grader.grade("L2 shrinks the weights, which reduces overfitting.", for: card)
        #expect(right.rating == 4)
        let wrong = grader.grade("L2 reduces overfitting. L2 grows the weights.", for: card)
        #expect(wrong.score <= Grader.errorCap)
        #expect(wrong.contradicted == ["L2 shrinks weights"])
        #expect(wrong.errors == [StatedError(kind: .inverted, claim: "L2 shrinks weights", matched: ["l2", "grows", "weights"])])
    }
}
