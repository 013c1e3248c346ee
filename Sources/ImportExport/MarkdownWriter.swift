import Corpus

/// The hashcards/repeater `Q:`/`A:` format, cards separated by `---`. Each card is preceded by an HTML
/// comment `<!-- id: ID | tags: a, b -->` (invisible when rendered) so importing it back keeps ids and
/// tags. A line that would read as a marker (`Q:`, `A:`, `C:`, `---`, a heading) gets one leading space.
public enum MarkdownWriter {
    public static func write(_ cards: [Card], deckName: String) -> String {
        var out = "---\ndeck: \(deckName)\n---\n"
        for c in cards {
            out += "\n<!-- id: \(c.id) | tags: \(c.tags.joined(separator: ", ")) -->\n"
            out += "Q: " + escape(c.question) + "\n"
            out += "A: " + escape(c.answer) + "\n"
            out += "\n---\n"
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var inFence = false
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("```") { inFence.toggle(); return String(line) }
            if line.firstMatch(of: /^ *(Q:|A:|C:|---\s*$|#{1,6}\s|<!--)/) != nil {
                return " " + line
            }
            return String(line)
        }.joined(separator: "\n")
    }
}
