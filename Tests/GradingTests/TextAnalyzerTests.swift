import Testing

@testable import Grading

struct TextAnalyzerTests {
    let analyzer = Grader.sharedAnalyzer

    @Test func stemsMapWordFormsTogether() {
        for group in [
            ["normalise", "normalization", "normalizing", "normalized", "normalizes"],
            ["activation", "activations", "activate", "activated"],
            ["overfitting", "overfit", "overfits", "over-fitting"],
            ["gradients", "gradient"], ["biases", "bias"], ["losses", "loss"], ["layers", "layer"],
            ["regularization", "regularizer", "regularisation", "regularize"],
        ] {
            let tokens = Set(group.map { analyzer.analyze($0).tokens })
            #expect(tokens.count == 1, "\(group) → \(tokens)")
        }
    }

    @Test func synonymsBecomeOneToken() {
        #expect(analyzer.analyze("Stochastic Gradient Descent").tokens == ["sgd"])
        #expect(analyzer.analyze("SGD").tokens == ["sgd"])
        #expect(analyzer.analyze("long short-term memory").tokens == ["lstm"])
        #expect(analyzer.analyze("non-linear").tokens == analyzer.analyze("nonlinear").tokens)
        #expect(analyzer.analyze("non linear").tokens == analyzer.analyze("nonlinearity").tokens)
    }

    @Test func negationsAndContractions() {
        #expect(analyzer.analyze("doesn't").tokens == ["not"])
        #expect(analyzer.analyze("can't saturate").tokens == ["not", "saturate"])
        #expect(analyzer.analyze("without saturating").tokens == ["not", "saturate"])
        #expect(analyzer.analyze("not only fast").tokens == ["faster"])
    }

    @Test func unicodeIsFolded() {
        #expect(analyzer.analyze("Naïve ＲＥＬＵ").tokens == analyzer.analyze("naive relu").tokens)
        #expect(analyzer.analyze("σ(x)").tokens == ["sigma", "x"])
        #expect(analyzer.analyze("0.5 dropout").tokens == ["0.5", "dropout"])
    }

    @Test func stopWordsAreDropped() {
        #expect(analyzer.analyze("it is the").tokens.isEmpty)
    }

    @Test func noPhrasingBelongsToTwoSynonymGroups() {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for (canonical, phrasings) in Lexicon.groups {
            for p in phrasings {
                let key = TextAnalyzer.words(p).map(\.stem).joined(separator: " ")
                if let other = owner[key], other != canonical { clashes.append("\(p): \(other) / \(canonical)") }
                owner[key] = canonical
            }
        }
        #expect(clashes.isEmpty, "\(clashes)")
    }
}
