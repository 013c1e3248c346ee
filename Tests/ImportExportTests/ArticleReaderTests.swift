import Testing
@testable import ImportExport

@Suite struct ArticleReaderTests {
    @Test func markdownHeadingsBoldAndListQuestions() {
        let text = """
            ---
            title: Interview questions
            ---
            # Top Deep Learning Interview Questions
            By Jane Doe, 5 min read
            Share on Twitter

            ## Table of Contents
            - [What is a perceptron?](#what-is-a-perceptron)
            - [What is backpropagation?](#what-is-backpropagation)

            ## What is a perceptron?
            A single linear unit followed by a step function.

            **What is backpropagation?**

            The chain rule applied layer by layer:

            ```python
            loss.backward()
            ```

            ### Why use mini-batches?
            - cheaper than full batch
            - less noisy than single examples

            ## Conclusion
            Good luck with your interview!

            Subscribe to our newsletter
            © 2024 Example Inc.
            """
        let r = ArticleReader.read(text, file: "a.md")
        #expect(r.notes.map(\.question) == ["What is a perceptron?", "What is backpropagation?", "Why use mini-batches?"])
        #expect(r.notes[1].answer == "The chain rule applied layer by layer:\n\n```python\nloss.backward()\n```")
        #expect(r.notes[2].answer == "- cheaper than full batch\n- less noisy than single examples")
        #expect(!r.notes.contains { $0.answer.contains("Good luck") || $0.answer.contains("Subscribe") })
    }

    @Test func numberedPlainTextUsesTheCorpusImporter() {
        let text = """
            50 Questions You Will Be Asked

            1. What is a tensor?
            An n-dimensional array.

            2. What is a gradient?
            The vector of partial derivatives.

            3. What is a loss function?
            A measure of how wrong the model is.

            Share this post
            """
        let r = ArticleReader.read(text, file: "b.txt")
        #expect(r.notes.map(\.question) == ["What is a tensor?", "What is a gradient?", "What is a loss function?"])
        #expect(r.notes.map(\.index) == [1, 2, 3])
        #expect(r.notes[2].answer == "A measure of how wrong the model is.")
    }

    @Test func answerMarkersAndQLabels() {
        let text = """
            Q1. What is an epoch?
            Answer: One pass over the training data.
            Q2. What is a batch?
            Answer: A group of examples processed together.
            Q3. What is a learning rate?
            Answer: The step size of gradient descent.
            """
        let r = ArticleReader.read(text, file: "c.txt")
        #expect(r.notes.map(\.question) == ["What is an epoch?", "What is a batch?", "What is a learning rate?"])
        #expect(r.notes[0].answer == "One pass over the training data.")
    }
}
