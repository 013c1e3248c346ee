import Corpus
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

    /// "example" is the everyday word for a sample; only the idiom "for example" carries nothing.
    @Test func exampleIsASampleExceptInForExample() {
        #expect(analyzer.analyze("one example").tokens == analyzer.analyze("one sample").tokens)
        #expect(analyzer.analyze("each training instance").tokens == analyzer.analyze("each training sample").tokens)
        #expect(analyzer.analyze("for example dropout").tokens == ["dropout"])
        #expect(analyzer.analyze("for instance dropout").tokens == ["dropout"])
    }

    /// A hyphenated compound matches the words written apart and written joined, in answers;
    /// patterns and lexicon phrases split it, so "self-gating" in a pattern is "self gating".
    @Test func hyphenatedCompoundsMatchSpacedAndJoinedForms() {
        let hyphen = analyzer.analyze("self-gating").tokens
        let spaced = analyzer.analyze("self gating").tokens
        let joined = analyzer.analyze("selfgating").tokens
        #expect(hyphen.starts(with: spaced), "\(hyphen) vs \(spaced)")
        #expect(hyphen.contains(joined[0]), "\(hyphen) vs \(joined)")
        #expect(analyzer.analyze("re-train").tokens.contains(analyzer.analyze("retrain").tokens[0]))
        #expect(analyzer.analyze("zero-centred").tokens.starts(with: analyzer.analyze("zero centred").tokens))
        // Known compounds still become one token, once.
        #expect(analyzer.analyze("self-attention").tokens == ["selfattention"])
        #expect(analyzer.analyze("co-adaptation").tokens == analyzer.analyze("co adaptation").tokens)
        #expect(analyzer.analyze("drop-out layer").tokens == analyzer.analyze("drop out layer").tokens)
        // And both spellings hit a pattern written either way.
        let card = Card(id: "c", question: "q", answer: "a", sources: [], tags: [], level: .basic,
                        keyPoints: [KeyPoint(text: "self-gating", terms: ["self-gating"]), KeyPoint(text: "retrain", terms: ["retrain"])])
        for answer in ["Swish is self gating, and you retrain it.", "Swish is self-gating, and you re-train it."] {
            #expect(Grader().grade(answer, for: card).missed == [], "\(answer)")
        }
    }

    /// Full-batch gradient descent is batch gradient descent, however it is written.
    @Test func fullBatchDescentIsBatchGradientDescent() {
        let gd = analyzer.analyze("batch gradient descent").tokens
        #expect(gd == ["gd"])
        for phrase in ["full-batch gradient descent", "full-batch descent", "full batch descent", "batch GD"] {
            #expect(analyzer.analyze(phrase).tokens == gd, "\(phrase) → \(analyzer.analyze(phrase).tokens)")
        }
    }
}
