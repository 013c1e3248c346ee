import Corpus
import Testing
@testable import ImportExport

@Suite struct ImporterTests {
    static let builtin = Deck(cards: [
        Card(id: "dropout", question: "What is dropout and how does it prevent overfitting?", answer: "Randomly zeroes units.",
             sources: [Source(file: "a.txt", index: 1)], tags: ["regularization"], level: .basic),
        Card(id: "lstm-vs-gru", question: "Compare LSTM and GRU.", answer: "GRU has fewer gates.",
             sources: [Source(file: "a.txt", index: 2)], tags: ["rnn"], level: .intermediate),
    ])

    func run(_ notes: [ImportedNote], into deck: UserDeck = UserDeck(name: "mine"), others: [UserDeck] = [], noMerge: Bool = false) -> Importer.Output {
        var read = ReadResult()
        read.notes = notes
        let set = DeckSet(builtin: Self.builtin, userDecks: others + (deck.isEmpty ? [] : [deck]))
        return Importer(noMerge: noMerge).run(read: read, format: .csv, file: "f.csv", into: deck, existing: set)
    }

    /// Tags are words: one holding a newline or a space (a quoted Anki field, a JSON deck) is split there,
    /// so `tags` lists no tag with a line break in it and an Anki export writes the same tags back.
    @Test func tagsWithWhitespaceAreSplitIntoWords() throws {
        let tsv = try AnkiTextReader.read("#separator:tab\n#tags column:3\nWhat is a gizmo?\tA tool.\t\"a\nb c a\"\n", file: "t.tsv", format: .tsv)
        #expect(tsv.notes.first?.tags == ["a", "b", "c"])
        let json = try JSONDeckReader.read(#"{"cards":[{"question":"What is a gizmo?","answer":"A tool.","tags":["x\ny"," z",""]}]}"#, file: "j.json")
        #expect(json.notes.first?.tags == ["x", "y", "z"])
        #expect(ImportedNote(index: 1, question: "q", answer: "a", tags: ["deep-learning", "cnn"]).tags == ["deep-learning", "cnn"])
    }

    @Test func duplicatesMergeIntoExistingCardsAndNewOnesAreAdded() {
        let notes = [
            ImportedNote(index: 1, question: "How does dropout prevent overfitting?", answer: "It drops units at random."),
            ImportedNote(index: 2, question: "What is a KV cache?", answer: "Stored keys and values."),
            ImportedNote(index: 3, question: "Explain the KV cache.", answer: "Keys and values of past tokens, kept."),
        ]
        let out = run(notes)
        #expect(out.report.merged.map(\.intoID) == ["dropout", "kv-cache"])
        #expect(out.report.merged[0].similarity >= DuplicateRule.threshold)
        #expect(out.report.cards.map(\.id) == ["kv-cache"])
        // Every question read is in exactly one of cards and merged.
        #expect(out.report.cards.count + out.report.merged.count == notes.count)
        // The built-in card is untouched; its new answer is kept in the user deck as a merge record.
        #expect(out.deck.merged == [MergeRecord(into: "dropout", question: notes[0].question, answer: notes[0].answer, source: Source(file: "f.csv", index: 1))])
        #expect(out.deck.cards[0].alternates == ["Keys and values of past tokens, kept."])
        #expect(out.deck.cards[0].sources == [Source(file: "f.csv", index: 2), Source(file: "f.csv", index: 3)])
        let seen = DeckSet(builtin: Self.builtin, userDecks: [out.deck]).deck
        #expect(seen["dropout"]?.alternates == ["It drops units at random."])
        #expect(seen["dropout"]?.sources.count == 2)
        #expect(Self.builtin["dropout"]?.alternates == [])
    }

    @Test func noMergeKeepsDuplicatesAsCards() {
        let out = run([ImportedNote(index: 1, question: "How does dropout prevent overfitting?", answer: "x")], noMerge: true)
        #expect(out.report.merged.isEmpty)
        #expect(out.report.cards.count == 1)
        #expect(out.report.cards[0].id != "dropout")
    }

    @Test func reimportIsStableAndEditsUpdateInPlace() {
        let notes = [
            ImportedNote(index: 1, question: "What is a KV cache?", answer: "Stored keys and values."),
            ImportedNote(index: 2, question: "What is speculative decoding?", answer: "Draft then verify."),
            ImportedNote(index: 3, question: "How does dropout prevent overfitting?", answer: "It drops units at random."),
        ]
        let first = run(notes)
        #expect(first.report.changed)
        let again = run(notes, into: first.deck)
        #expect(!again.report.changed)
        #expect(again.report.unchanged == 2)
        #expect(again.deck == first.deck)

        var edited = notes
        edited[1].answer = "A small model drafts tokens; the large one verifies them in one pass."
        edited[0].question = "What is a KV-cache, exactly?"  // the question reworded: found by its place in the file
        let third = run(edited, into: first.deck)
        #expect(third.report.updated == 2 && third.report.added == 0)
        #expect(third.deck.cards.map(\.id) == first.deck.cards.map(\.id))
        #expect(third.deck.cards[1].answer == edited[1].answer)
        #expect(third.deck.cards[0].question == edited[0].question)

        // A question inserted at the top does not take over the card of the one it displaced.
        let inserted = [ImportedNote(index: 1, question: "What is beam search?", answer: "Keep the k best.")]
            + notes.map { var n = $0; n.index += 1; return n }
        let fourth = run(inserted, into: first.deck)
        #expect(fourth.report.added == 1)
        #expect(fourth.deck.cards.first { $0.question == "What is a KV cache?" }?.id == first.deck.cards[0].id)
    }

    @Test func fileIDsAreKeptAndMatchOtherDecks() {
        let out = run([
            ImportedNote(index: 1, question: "Totally new?", answer: "Yes.", id: "guid-1"),
            ImportedNote(index: 2, question: "Compare LSTM and GRU.", answer: "GRU merges the gates.", id: "lstm-vs-gru"),
        ])
        #expect(out.report.cards.map(\.id) == ["guid-1"])
        #expect(out.report.merged.map(\.intoID) == ["lstm-vs-gru"])
        #expect(out.report.merged[0].similarity == 1)
    }

    @Test func theIndexFindsWhatComparingEveryPairFinds() {
        // Oracle: brute force over every earlier question, with the same rule.
        let questions = Self.builtin.cards.map(\.question) + [
            "What is dropout?", "How does dropout work in neural networks?", "Explain dropout regularization.",
            "What is batch normalization?", "Why does batch normalization help training?", "What is layer normalization?",
            "Compare LSTM and GRU networks.", "LSTM vs GRU: which is faster?", "What is an LSTM?",
            "What is the vanishing gradient problem?", "How do you fix vanishing gradients?", "What is a GRU?",
            "Which frameworks have you used?", "What frameworks exist for deep learning?",
        ]
        var index = DuplicateIndex(questions: questions)
        let rule = DuplicateRule(questions: questions)
        for i in questions.indices {
            var brute: Int? = nil
            var bestScore = 0.0
            for j in 0..<i {
                let s = rule.similarity(i, j)
                if s >= DuplicateRule.threshold, s > bestScore { brute = j; bestScore = s }
            }
            let found = index.best(for: i)
            #expect(found?.index == brute, "question \(i): \(questions[i])")
            index.add(i)
        }
    }

    @Test func personalQuestionsMergeOnlyWithPersonalOnes() {
        let rule = DuplicateRule(questions: ["Which deep learning frameworks have you used?", "Which deep learning frameworks exist?"])
        #expect(rule.verdict(0, 1).rule == .personal)
        #expect(rule.similarity(0, 1) < DuplicateRule.threshold)
    }
}
