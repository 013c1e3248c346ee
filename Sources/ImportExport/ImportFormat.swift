/// The kinds of file `dlquiz import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    /// A Q&A article, plain text or Markdown: numbered questions, "Answer:" markers, headings, bold lines.
    case article
    /// A hashcards/repeater deck: `Q:` … `A:` blocks.
    case markdown
    /// Anki text with commas (or the separator its `#separator:` header names).
    case csv
    /// Anki text with tabs (Anki's "Notes in Plain Text" export, often named `.txt`).
    case tsv
    /// The corpus schema: `{"version", "cards"}` or a bare array of cards.
    case json

    /// The format a file's extension and first bytes suggest.
    ///
    /// The content decides where the extension is ambiguous: a `.txt` file that starts with Anki's
    /// `#separator:`/`#html:` headers or whose lines are tab-separated (or split alike by `;`, `|`, or by
    /// commas between quoted fields: `SeparatorSniffer`) is Anki text; a `.md` file with
    /// `Q:` lines is a hashcards deck; otherwise `.md` and `.txt` are articles.
    public static func detect(path: String, text: String) -> ImportFormat {
        let lower = path.lowercased()
        let ext = lower.split(separator: "/").last.flatMap { name in name.contains(".") ? name.split(separator: ".").last : nil }
            .map(String.init) ?? ""
        let head = text.prefix(64 * 1024)
        let firstNonSpace = head.first { !$0.isWhitespace }
        switch ext {
        case "json": return .json
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        default: break
        }
        if firstNonSpace == "{" || firstNonSpace == "[" { return .json }
        let lines = head.split(separator: "\n", maxSplits: 200, omittingEmptySubsequences: true).prefix(200)
        if let sep = lines.first(where: { $0.hasPrefix("#separator:") }) {
            return sep.lowercased().contains("tab") || sep.contains("\t") ? .tsv : .csv
        }
        if lines.first?.hasPrefix("#html:") == true || lines.first?.hasPrefix("#notetype") == true
            || lines.first?.hasPrefix("#guid column:") == true
        {
            return lines.contains { $0.contains("\t") } ? .tsv : .csv
        }
        let qLines = lines.filter { $0.hasPrefix("Q:") }.count
        let aLines = lines.filter { $0.hasPrefix("A:") }.count
        if qLines >= 1, aLines >= 1 { return .markdown }
        if ext == "md" || ext == "markdown" { return .article }
        // Tab-separated rows with a consistent field count read as Anki text.
        let data = lines.filter { !$0.hasPrefix("#") }
        if data.count >= 1, data.allSatisfy({ $0.contains("\t") }) { return .tsv }
        // Rows that a semicolon or pipe splits into the same number of fields (at least three rows, as
        // prose rarely does), or quoted rows split by commas, are Anki text too.
        switch SeparatorSniffer.sniff(data, minimumLines: 3) {
        case UInt8(ascii: ";"), UInt8(ascii: "|"): return .csv
        case UInt8(ascii: ","): if SeparatorSniffer.allQuoted(data) { return .csv }
        default: break
        }
        return .article
    }
}
