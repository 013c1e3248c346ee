import Corpus
import Testing
@testable import ImportExport

/// Import's duplicate decision against the deck-quality rules (issue 9) and the false merges seen when
/// importing real files: each pair is judged by `DuplicateRule`, with the built-in deck's questions
/// giving the IDF weights as they do on a real import.
@Suite struct DuplicateRuleTests {
    static let deck = (try? Deck.embedded()) ?? Deck(cards: [])

    /// The verdict for `a` and `b`, weighted as an import into the built-in deck weighs them.
    func verdict(_ a: String, _ b: String) -> Verdict {
        let questions = Self.deck.cards.map(\.question) + [a, b]
        return DuplicateRule(questions: questions).verdict(questions.count - 2, questions.count - 1)
    }

    @Test(arguments: [
        // Rule 1: wording does not matter.
        ("What is dropout?", "Explain dropout."),
        ("What is transfer learning?", "Describe transfer learning."),
        // Rule 2: what a technique is, how it works and why it is used are one card.
        ("What is dropout?", "How do dropout layers help prevent overfitting?"),
        ("What is batch normalization and why is it used?", "What are the advantages of batch normalization?"),
        // One more word of its own is still the same card.
        ("What is batch normalization?", "What is batch normalization and why does it help?"),
        // Rule 3: "What is P?" and "What is P and how is it avoided?" are one card.
        ("What is the vanishing gradient problem?", "What is the vanishing gradient problem, and how can it be avoided?"),
        // Rule 4: the same set compared.
        ("What is the difference between gradient descent and stochastic gradient descent?",
         "Difference between gradient descent and stochastic gradient descent."),
        // One more word that is not a compound's new head: an adverb, a last word after a stop word.
        ("What is a Docker image?", "What is a Docker image exactly?"),
        ("What is a Docker image?", "What is a Docker image for?"),
        ("What is a Docker image?", "What is a Docker image, and how is it built?"),
    ])
    func oneCard(_ a: String, _ b: String) {
        #expect(verdict(a, b).isSame, "\(a) | \(b): \(verdict(a, b))")
    }

    @Test(arguments: [
        // Rule 3: a remedies-only question is its own card.
        ("What is overfitting?", "How can overfitting be prevented?", Corpus.DuplicateRule.remediesOnly),
        // Rule 4: comparisons of different sets; a comparison is not a definition.
        ("Compare CNNs and RNNs.", "Compare CNNs, RNNs and Transformers.", .comparisonSet),
        ("What is the difference between gradient descent and stochastic gradient descent?",
         "What is the difference between mini-batch gradient descent and stochastic gradient descent?", .comparisonSet),
        ("What is the difference between mini-batch gradient descent and stochastic gradient descent?",
         "What is the difference between batch gradient descent, stochastic gradient descent, and mini-batch gradient descent?", .comparisonSet),
        ("What are LSTM and GRU?", "What is the difference between LSTM and GRU?", .comparisonSet),
        ("How does gradient descent work?",
         "What is the difference between batch gradient descent, stochastic gradient descent, and mini-batch gradient descent?", .comparisonSet),
        // Rule 5: a narrower focus is its own card.
        ("What is the forget gate in an LSTM?", "What is an LSTM?", .narrowerFocus),
        ("What is the vanishing gradient problem?", "What is the vanishing and exploding gradient problem?", .narrowerFocus),
        ("What is forward propagation?", "What is backpropagation?", .narrowerFocus),
        // Rule 6: personal questions merge only with personal ones.
        ("Which deep learning frameworks have you used?", "Which deep learning frameworks exist?", .personal),
        // Other subject: one word apart, and that word is the question.
        ("In JavaScript, which array method prepends one or more elements to an array and returns the new length?",
         "In JavaScript, which array method appends one or more elements to an array and returns the new length?", .otherSubject),
        ("What are the main differences between Python lists and tuples?",
         "What are the main differences between Python lists and sets?", .otherSubject),
        // Narrower focus in words the lexicon does not know: a real command deck's two fronts.
        ("docker ps", "docker kill $(docker ps -q)", .narrowerFocus),
        // A compound's new head noun: the hashcards author's Docker deck asks both.
        ("What is a Docker image?", "What is a Docker image tag?", .narrowerFocus),
        ("What is a Docker container?", "What is a Docker container registry?", .narrowerFocus),
        // An opposite: the hashcards author's linear-algebra deck asks both.
        ("Let A and B be matrices. Define the commutator [A,B].", "Let A and B be matrices. Define the anti-commutator {A,B}.", .otherSubject),
        // The same words about other formulas.
        ("Let $A$ and $B$ be matrices. What does the notation $[A,B]$ mean?",
         "Let $A$ and $B$ be matrices. What does the notation $\\set{A,B}$ mean?", .otherSubject),
    ])
    func notOneCard(_ a: String, _ b: String, _ rule: Corpus.DuplicateRule) {
        let v = verdict(a, b)
        #expect(v.rule == rule, "\(a) | \(b): \(v)")
        #expect(!v.isSame)
    }

    @Test func lastTwoWordsOverBytesMatchTheCharacterSplit() {
        for q in ["What is a Docker image tag?", "What is X?", "x", "", "  a-b  c.  ", "Why ReLU over tanh (2)?", "Pourquoi é tag?",
                  "A1 b2", "?!", "What's the DIFF?", "tab\tsep\nline"] {
            let words = q.lowercased().split { !($0.isLetter || $0.isNumber) }
            let want = words.count >= 2 ? (String(words[words.count - 2]), String(words[words.count - 1])) : nil
            let got = ImportExport.DuplicateRule.lastTwoWords(q)
            #expect(got?.0 == want?.0 && got?.1 == want?.1, "\(q)")
        }
    }

    @Test func formulasAreTheDollarSpansWithoutSpaces() {
        #expect(ImportExport.DuplicateRule.formulas("What is $a + b$ and $$x^2$$?") == ["a+b", "x^2"])
        #expect(ImportExport.DuplicateRule.formulas("It costs $5 and no more") == [])
        #expect(ImportExport.DuplicateRule.formulas("No formula here") == [])
    }

    /// A question about a technique that says something more is not the technique card.
    @Test func aTechniqueQuestionWithAnotherSubjectIsNotTheTechniqueCard() {
        #expect(!verdict("What is dropout?", "What is Monte Carlo dropout at test time?").isSame)
        #expect(!verdict("What is dropout?", "What dropout rate should I choose?").isSame)
    }

    // MARK: Import against the real built-in deck

    func importing(_ questions: [String], ids: [String?]? = nil) -> Importer.Output {
        var read = ReadResult()
        read.notes = questions.enumerated().map { i, q in
            ImportedNote(index: i + 1, question: q, answer: "An answer to: \(q)", id: ids?[i])
        }
        return Importer().run(read: read, format: .markdown, file: "mine.md", into: UserDeck(name: "mine"),
                              existing: DeckSet(builtin: Self.deck, userDecks: []))
    }

    @Test func realFileFalseMergesStayApartAndDropoutJoinsTheDropoutCard() throws {
        try #require(Self.deck["dropout"] != nil && Self.deck["batch-vs-minibatch-vs-sgd"] != nil)
        let out = importing([
            "How does gradient descent work?",
            "What is dropout?",
            "In JavaScript, which array method prepends one or more elements to an array and returns the new length?",
            "In JavaScript, which array method appends one or more elements to an array and returns the new length?",
        ])
        let into = Dictionary(uniqueKeysWithValues: out.report.merged.map { ($0.question, $0.intoID) })
        #expect(into["How does gradient descent work?"] == nil)
        #expect(into["What is dropout?"] == "dropout")
        #expect(out.report.cards.count == 3, "gradient descent, prepends and appends are cards of their own")
        #expect(out.report.cards.count + out.report.merged.count == 4, "every question once")
    }

    /// Cards are cliques: a question that matches a wording merged into a card, but is ruled out by the
    /// card's own question, does not join it.
    @Test func aQuestionJoinsACardOnlyWhenEveryQuestionOfItAgrees() {
        let out = importing([
            "What is the difference between dropout and DropConnect?",  // joins 'dropout' by its id
            "How does dropout differ from DropConnect?",  // like the first, but a comparison is not dropout's card
        ], ids: ["dropout", nil])
        #expect(out.report.merged.map(\.intoID) == ["dropout"])
        #expect(out.report.cards.map(\.question) == ["How does dropout differ from DropConnect?"])
    }

    @Test func exerciseCardsTakeNoMerges() {
        var exercise = Card(id: "exercise-dropout-scale", question: "What inverted dropout does to a kept activation",
                            answer: "Scales it by 1/(1-p).", sources: [], tags: ["exercise"], level: .basic, kind: .exercise)
        exercise.practises = ["dropout"]
        let builtin = Deck(cards: Self.deck.cards + [exercise], aliases: Self.deck.aliases)
        var read = ReadResult()
        read.notes = [
            ImportedNote(index: 1, question: "What inverted dropout does to a kept activation", answer: "It scales it up."),
            ImportedNote(index: 2, question: "Scale of a kept unit", answer: "1/(1-p)", id: "exercise-dropout-scale"),
        ]
        let out = Importer().run(read: read, format: .markdown, file: "mine.md", into: UserDeck(name: "mine"),
                                 existing: DeckSet(builtin: builtin, userDecks: []))
        #expect(!out.report.merged.contains { $0.intoID == "exercise-dropout-scale" })
        #expect(out.report.skipped.map(\.index) == [2])
        #expect(out.deck.merged.allSatisfy { $0.into != "exercise-dropout-scale" })
    }
}
