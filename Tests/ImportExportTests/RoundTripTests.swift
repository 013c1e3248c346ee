import Corpus
import Testing
@testable import ImportExport

/// export then import, in every format, gives back the same questions, answers, tags and ids.
@Suite struct RoundTripTests {
    static let cards: [Card] = [
        Card(id: "kv-cache", question: "What is a KV cache?", answer: "Keys and values of past tokens, kept for reuse.",
             sources: [Source(file: "x", index: 1)], tags: ["transformers", "inference"], level: .advanced),
        Card(id: "code-answer", question: "How do you zero gradients in PyTorch, \"properly\"?",
             answer: "Call it before each step:\n\n```python\nopt.zero_grad()\nloss.backward()\n\n# then\nopt.step()\n```\n\nOr set `set_to_none=True`.",
             sources: [Source(file: "x", index: 2)], tags: ["training"], level: .basic),
        Card(id: "#hash-start", question: "#1 question: a < b & c > d?", answer: "- one\n  - nested\n- two\n---\nQ: not a marker\nA, with comma\ttab",
             sources: [Source(file: "x", index: 3)], tags: [], level: .intermediate),
        Card(id: "f7n#Vq(2>]", question: "Anki-style GUID?", answer: "Kept as the id.", sources: [Source(file: "x", index: 4)],
             tags: ["anki::nested"], level: .basic),
    ]

    @Test(arguments: ExportFormat.allCases)
    func exportThenImportGivesTheSameCards(_ format: ExportFormat) throws {
        let text = format.render(Self.cards, deckName: "mine")
        let path = "mine." + ["anki": "txt", "csv": "csv", "markdown": "md", "json": "json"][format.rawValue]!
        let read = try FileReader.read(bytes: Array(text.utf8), path: path)
        let expected: [ExportFormat: ImportFormat] = [.anki: .tsv, .csv: .csv, .markdown: .markdown, .json: .json]
        #expect(read.format == expected[format])
        #expect(read.result.skipped.isEmpty)
        let out = Importer().run(read: read.result, format: read.format, file: path, into: UserDeck(name: "mine"),
                                 existing: DeckSet(builtin: Deck(cards: []), userDecks: []))
        #expect(out.report.merged.isEmpty)
        #expect(out.deck.cards.map(\.id) == Self.cards.map(\.id))
        #expect(out.deck.cards.map(\.question) == Self.cards.map(\.question))
        #expect(out.deck.cards.map(\.answer) == Self.cards.map(\.answer))
        #expect(out.deck.cards.map(\.tags) == Self.cards.map(\.tags))
    }
}
