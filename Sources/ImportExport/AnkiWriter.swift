import Corpus

/// Anki's text format, as its File › Import reads it with no extra clicks: Basic notes into one deck,
/// fields as HTML, the card id as the note's GUID (so a second import updates instead of duplicating),
/// tags space-separated.
public enum AnkiWriter {
    public static func write(_ cards: [Card], deckName: String) -> String {
        var out = "#separator:tab\n#html:true\n#notetype:Basic\n#deck:\(deckName)\n#guid column:1\n#tags column:4\n"
        for c in cards {
            let tags = c.tags.map { $0.replacing(" ", with: "_") }.joined(separator: " ")
            out += [c.id, HTMLText.fromText(c.question), HTMLText.fromText(c.answer), tags].map(field).joined(separator: "\t")
            out += "\n"
        }
        return out
    }

    /// Quoted (RFC 4180) when it holds a tab, quote or line break, or starts with `#` (Anki's own rule).
    static func field(_ s: String) -> String {
        if s.hasPrefix("#") || s.contains(where: { $0 == "\t" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + s.replacing("\"", with: "\"\"") + "\""
        }
        return s
    }
}
