import Testing
@testable import ImportExport

@Suite struct ArticleReaderTests {
    /// An interview bank's "#### Q: … [Topic]" headings: the bracket leaves the question and is a tag
    /// beside the guessed topics; a question without one has its tags guessed on import (nil here).
    @Test func aTopicBracketAfterAQuestionIsATag() {
        let text = """
            #### Q: What is the bias-variance tradeoff? [ML Fundamentals]
            Bias is underfitting, variance overfitting.

            #### Q: Backpropagation — the essential mechanism. [Deep Learning]
            The chain rule from the loss back to each weight.

            #### Q: What is an embedding?
            A learned dense vector.
            """
        let r = ArticleReader.read(text, file: "bank.md")
        #expect(r.notes.map(\.question) == ["What is the bias-variance tradeoff?", "Backpropagation — the essential mechanism.", "What is an embedding?"])
        #expect(r.notes[0].tags?.last == "ml-fundamentals" && r.notes[1].tags?.last == "deep-learning")
        #expect(r.notes[2].tags == nil)
    }

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

    /// Layouts of real interview pages: a row of share-button names under the title and again after the
    /// last answer, "• Answer:" bullets under indented numbered questions. The share rows are chrome,
    /// not part of an answer.
    @Test func shareButtonRowsAreChrome() {
        let text = """
            Gizmo Interview Guide

            Facebook Twitter LinkedIn

              1. What is a gizmo?

                • Answer: A small tool that turns things.
              2. Why oil a gizmo?

                • Answer: Oil keeps its gears from grinding.
              3. When should a gizmo be replaced?

                • Answer: When its gears are worn flat.

            Pinterest LinkedIn Tumblr
            """
        let r = ArticleReader.read(text, file: "g.txt")
        #expect(r.notes.map(\.question) == ["What is a gizmo?", "Why oil a gizmo?", "When should a gizmo be replaced?"])
        #expect(r.notes.map(\.answer) == ["A small tool that turns things.", "Oil keeps its gears from grinding.", "When its gears are worn flat."])
    }

    /// One repeated section heading above each question heading ("## Question" then "### What…?"), with
    /// "**Answer:**" openers and rules between: the repeated heading is not a question or part of an answer,
    /// and the rule that opens the file is not the start of a front matter.
    @Test func repeatedSectionHeadingAboveEachQuestion() {
        let text = """
            ---

            ## Question

            ### What is a sprocket?

            **Answer:** A toothed wheel that drives a chain.

            ---

            ## Question

            ### Why do sprockets wear?

            **Answer:** The chain rubs their teeth on every turn.
            """
        let r = ArticleReader.read(text, file: "s.md")
        #expect(r.notes.map(\.question) == ["What is a sprocket?", "Why do sprockets wear?"])
        #expect(r.notes.map(\.answer) == ["A toothed wheel that drives a chain.", "The chain rubs their teeth on every turn."])
    }

    /// A short page (one or two questions, as a saved excerpt or a small note often is) under a contents
    /// list: its numbered or "Answer:"-marked questions are read; the contents entries and intro are not.
    @Test func shortFilesWithOneOrTwoQuestions() {
        let two = """
            Gizmo Questions

            Table of Contents

              1. Basic Questions
              2. Advanced Questions

            A short intro paragraph about gizmos.

            1. What are gizmos used for?
            Answer:
            Turning, mostly.

            2. Explain the difference between gizmos and gadgets.

              • Answer: Gizmos turn; gadgets slide.
            """
        let r = ArticleReader.read(two, file: "two.txt")
        #expect(r.notes.map(\.question) == ["What are gizmos used for?", "Explain the difference between gizmos and gadgets."])
        #expect(r.notes.map(\.answer) == ["Turning, mostly.", "Gizmos turn; gadgets slide."])

        let one = "Gizmo Guide\n\n1. Why do we need gizmos when gadgets exist?\n\nGizmos turn where gadgets only slide.\n"
        let r1 = ArticleReader.read(one, file: "one.txt")
        #expect(r1.notes.map(\.question) == ["Why do we need gizmos when gadgets exist?"])
        #expect(r1.notes.map(\.answer) == ["Gizmos turn where gadgets only slide."])

        // Prose with no marked question still finds none.
        #expect(ArticleReader.read("Gizmos are tools.\n\nThey turn things.\n", file: "p.txt").notes.isEmpty)
    }

    /// A README that lists "**Q: …**" items with the answer as a nested "*A:*" item: every labelled item
    /// is a question (also one worded as an instruction), and the answer keeps neither marker nor label.
    @Test func labelledListItemsWithNestedAnswers() {
        let text = """
            # Interview prep

            ## Concepts

            *   **Q: Why prefer tanh to the logistic function?**
                - *A:* It is zero-centred, so updates are less biased.
            *   **Q: Derive the gradient of the squared error.**
                - *A:* It is twice the residual times the input.
                  A second line of the same answer.

            ## Cheat sheet
            1. **Best default**: Adam.
            """
        let r = ArticleReader.read(text, file: "prep.md")
        #expect(r.notes.map(\.question) == ["Why prefer tanh to the logistic function?", "Derive the gradient of the squared error."])
        #expect(r.notes.map(\.answer) == ["It is zero-centred, so updates are less biased.",
                                          "It is twice the residual times the input.\nA second line of the same answer."])
    }

    /// Numbered heading questions ("### Q2.1: …") whose answers hold bold labels ("**When to use:**"):
    /// the headings are the questions, the labels stay in the answers, the section numbering goes.
    @Test func headingQuestionsOwnTheirBoldLabels() {
        let text = """
            ## 1. Basics

            ### Q1.1: What is a perceptron?

            **Answer:**
            A linear unit with a step function.

            **When to use:**
            - linearly separable data

            ### Q1.2: Why does depth help?

            **Why it matters:**
            Each layer composes the features of the last.

            ## 2. Training

            ### Q2.1: How does early stopping work?

            **Answer:**
            Stop when the validation loss stops improving.

            **What it needs:**
            - a validation set
            """
        let r = ArticleReader.read(text, file: "basics.md")
        #expect(r.notes.map(\.question) == ["What is a perceptron?", "Why does depth help?", "How does early stopping work?"])
        #expect(r.notes[0].answer == "A linear unit with a step function.\n\nWhen to use:\n- linearly separable data")
        #expect(r.notes[2].answer.hasSuffix("What it needs:\n- a validation set"))
    }

    /// Obsidian flashcards: `> [!question]` and `> [!answer]-` callouts, an `<!-- guid: … -->` comment after
    /// each (kept as the id), and an explanation callout that stays with the answer under its name.
    @Test func obsidianCalloutsWithGuidComments() {
        let text = """
            ---
            paper_title: "Some paper"
            ---

            > [!question]
            > What does **weight decay** add to the loss?

            > [!answer]-
            > A penalty on the squared weights:
            > $$\\lambda \\|w\\|^2$$

            <!-- guid: Qx%1-^z. -->

            ---

            > [!question]
            > Why warm up the learning rate?

            > [!answer]-
            > Early updates are noisy.

            > [!explanation]-
            > Adam's moment estimates start at zero.

            <!-- guid: b>D}7 -->
            """
        let r = ArticleReader.read(text, file: "papers.md")
        #expect(r.notes.map(\.question) == ["What does weight decay add to the loss?", "Why warm up the learning rate?"])
        #expect(r.notes.map(\.id) == ["Qx%1-^z.", "b>D}7"])
        #expect(r.notes[0].answer == "A penalty on the squared weights:\n$$\\lambda \\|w\\|^2$$")
        #expect(r.notes[1].answer == "Early updates are noisy.\n\nExplanation:\nAdam's moment estimates start at zero.")
    }

    /// "**Q:**" paragraphs under a metadata line ("**2)** **Topic:** …, **Level:** Advanced"), separated by
    /// rules, and a table of unanswered questions after the last rule: three questions, each with the level
    /// its metadata states, and no answer carries the next question's metadata or the table.
    @Test func labelledParagraphsWithMetadataAndRules() {
        let text = """
            # Questions

            **1)** **Topic:** Fundamentals, **Level:** Intermediate

            **Q:** How do you spot overfitting?

            **Simple:** The model remembers instead of learning.

            **Detailed:** Training loss falls while validation loss rises.

            ---

            **2)**, **Topic:** Fundamentals, **Level:** Advanced

            **Q:** Why do gradients vanish in deep networks?

            **Detailed:** Products of many small derivatives shrink.

            ---

            **3)** **Topic:** Training, **Level:** Beginner

            **Q:** What is an epoch?

            **Simple:** One pass over the training set.

            ---

            | 6 | Fundamentals | Advanced | How does augmentation help? |
            | 7 | Fundamentals | Advanced | Momentum or Adam? |
            """
        let r = ArticleReader.read(text, file: "qa.md")
        #expect(r.notes.map(\.question) == ["How do you spot overfitting?", "Why do gradients vanish in deep networks?", "What is an epoch?"])
        #expect(r.notes.map { $0.card?.level } == [.intermediate, .advanced, .basic])
        #expect(r.notes[0].answer == "Simple: The model remembers instead of learning.\n\nDetailed: Training loss falls while validation loss rises.")
        #expect(r.notes[2].answer == "Simple: One pass over the training set.")
    }

    /// A numbered list whose first questions have no answers yet and whose later ones have "Solution:"
    /// paragraphs; one item is worded as an instruction. Every number is a question; only answered ones
    /// become notes, the rest are skipped by index, and the label goes.
    @Test func numberedListWithUnansweredQuestionsAndSolutions() {
        var lines = (1...5).map { "\($0). What is topic number \($0)?" }
        lines += ["6. Pick an optimiser. Write its update rule.", "", "Solution: w -= lr * g, for plain SGD.", "",
                  "7. Why normalise inputs?", "", "Solution:", "", "* Faster convergence.", "* Better conditioning.", "",
                  "8. What is a saddle point?", "", ""]
        let r = ArticleReader.read(lines.joined(separator: "\n"), file: "list.md")
        #expect(r.notes.map(\.index) == [6, 7])
        #expect(r.notes.map(\.answer) == ["w -= lr * g, for plain SGD.", "- Faster convergence.\n- Better conditioning."])
        #expect(r.skipped.map(\.index) == [1, 2, 3, 4, 5, 8])
    }
}
