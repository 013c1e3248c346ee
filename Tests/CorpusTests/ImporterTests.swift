import Testing
@testable import Corpus

@Suite struct ImporterTests {
    @Test func numberedQuestionsSkipNumberedListsInsideAnswers() {
        let text = """
            Top 3 Questions

            Q1. What is a tensor?

            A tensor is an array. Steps:

              1. Make it.
              2. Use it.

            \u{00A0}Q2. What is a gradient?

            The vector of partial derivatives.

            Q3. What is a loss?

            A measure of error.

            Enquire Now
            Some advert text.
            """
        let raw = QAImporter.parse(text: text, file: "a.txt")
        #expect(raw.map(\.question) == ["What is a tensor?", "What is a gradient?", "What is a loss?"])
        #expect(raw[0].answer.contains("1. Make it."))
        #expect(raw[2].answer == "A measure of error.")
        #expect(raw.map(\.source.index) == [1, 2, 3])
    }

    @Test func answerMarkersAndBulletMarkers() {
        let text = """
            Title
            -
            What is ReLU?
            - Answer: max(0, x).
            -
            Explain dropout.
            - Answer: Units are dropped at random.
            -
            Explain SGD.
            - Answer: Updates from one sample.
            """
        let raw = QAImporter.parse(text: text, file: "b.txt")
        #expect(raw.map(\.question) == ["What is ReLU?", "Explain dropout.", "Explain SGD."])
        #expect(raw.map(\.answer) == ["max(0, x).", "Units are dropped at random.", "Updates from one sample."])
    }

    @Test func alternatingLinesUnderLevelHeadingsWithOrWithoutEmoji() {
        let text = """
            Page title
            🟦 Basic Level Questions
            🧠What is an epoch?
            One pass over the data.
            What is a batch?
            A group of samples.
            🔷 Advanced Level Questions
            ⚙️Explain attention.
            Weighted mixing of values.
            Similar Posts you may like
            What is spam?
            Not a question of ours.
            """
        let raw = QAImporter.parse(text: text, file: "c.txt")
        #expect(raw.map(\.question) == ["What is an epoch?", "What is a batch?", "Explain attention."])
        #expect(raw.map(\.statedLevel) == [.basic, .basic, .advanced])
        #expect(raw[2].answer == "Weighted mixing of values.")
    }

    @Test func formulaPairsBecomeOneReadableFormula() {
        #expect(FormulaCleaner.clean("a linear map (y=mx+by = mx + b).") == "a linear map (y = mx + b).")
        #expect(FormulaCleaner.clean("bb is the bias term") == "b is the bias term")
        #expect(FormulaCleaner.clean("where Wlal1W_{l} a_{l-1} dominates") == "where Wₗ aₗ₋₁ dominates")
        #expect(FormulaCleaner.clean("accuracy (n1n \\geq 1).") == "accuracy (n ≥ 1).")
        #expect(FormulaCleaner.clean("f(x)=max(0,x) f(x) = \\max(0, x)") == "f(x) = max(0, x)")
        // Ordinary prose is left alone.
        for prose in ["an aardvark ate", "it is what it is", "x = 3 and y = 4", "see note a) and b)"] {
            #expect(FormulaCleaner.clean(prose) == prose)
        }
    }

    @Test func similarityPrefersSameQuestionOverSameTopic() {
        let s = QuestionSimilarity(questions: [
            "What is dropout?", "Explain dropout.", "What is overfitting?", "What is early stopping?",
        ])
        #expect(s.similarity(0, 1) > 0.9)
        #expect(s.similarity(0, 2) < 0.3)
        #expect(s.similarity(2, 3) < 0.3)
    }
}
