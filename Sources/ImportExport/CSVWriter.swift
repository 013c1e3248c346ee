import Corpus

/// Plain-text CSV for spreadsheets and other tools: a `question,answer,tags,id` header row, then one
/// RFC 4180 row per card (multi-line answers quoted, tags space-separated as Anki writes them).
public enum CSVWriter {
    /// The header row; `AnkiTextReader` reads a file that starts with it as plain text.
    static let header = ["question", "answer", "tags", "id"]

    public static func write(_ cards: [Card]) -> String {
        var out = header.joined(separator: ",") + "\n"
        for c in cards {
            out += [c.question, c.answer, c.tags.joined(separator: " "), c.id].map(field).joined(separator: ",")
            out += "\n"
        }
        return out
    }

    static func field(_ s: String) -> String {
        let needsQuotes = s.hasPrefix("#") || s.hasPrefix(" ") || s.hasSuffix(" ")
            || s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        return needsQuotes ? "\"" + s.replacing("\"", with: "\"\"") + "\"" : s
    }
}
