import Corpus

/// The kinds of file `dlquiz export` writes; `import` reads each of them back.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Tab-separated text that Anki's File › Import takes as Basic notes (GUID = card id).
    case anki
    /// question, answer, tags, id: a header row, then RFC 4180 rows of plain text.
    case csv
    /// The `Q:`/`A:` format of hashcards and repeater.
    case markdown
    /// The corpus schema.
    case json

    /// The file's text.
    public func render(_ cards: [Card], deckName: String) -> String {
        switch self {
        case .anki: return AnkiWriter.write(cards, deckName: deckName)
        case .csv: return CSVWriter.write(cards)
        case .markdown: return MarkdownWriter.write(cards, deckName: deckName)
        case .json: return Deck(version: 1, cards: cards).json.pretty + "\n"
        }
    }
}
