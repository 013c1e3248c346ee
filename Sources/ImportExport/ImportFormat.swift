import Corpus

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
        // (A text of at most 64 KB is its own head: no `Character` walk to find where 64 Ki of them end.)
        let head = text.utf8.count <= 64 * 1024 ? Substring(text) : text.prefix(64 * 1024)
        let firstNonSpace = firstNonWhitespace(head)
        switch ext {
        case "json": return .json
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        default: break
        }
        if firstNonSpace == "{" || firstNonSpace == "[" { return .json }
        let lines = headLines(head, limit: 200)
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

    /// `head.first { !$0.isWhitespace }` over the bytes while they are ASCII whitespace (each such byte is,
    /// or is in, a whitespace `Character`); the first other byte is the answer when it and the byte after it
    /// are ASCII (then it is a `Character` alone), else the `Character` walk decides. A file of blank lines
    /// was walked to its end.
    static func firstNonWhitespace(_ head: Substring) -> Character? {
        let u = head.utf8
        var i = u.startIndex
        while i < u.endIndex, LineScan.isSpaceByte(u[i]) { i = u.index(after: i) }
        guard i < u.endIndex else { return nil }
        let next = u.index(after: i)
        if u[i] < 0x80, next == u.endIndex || u[next] < 0x80 { return Character(Unicode.Scalar(u[i])) }
        return head.first { !$0.isWhitespace }
    }

    /// `head.split(separator: "\n", maxSplits: limit, omittingEmptySubsequences: true).prefix(limit)` over the
    /// bytes: a "\n" `Character` is a line feed byte not after a carriage return ("\r\n" is one `Character`,
    /// and a line feed joins nothing that follows). It stops at the `limit`th line; the `Character` split
    /// walked a file of blank lines to its end.
    static func headLines(_ head: Substring, limit: Int) -> [Substring] {
        var lines: [Substring] = []
        let u = head.utf8
        var start = u.startIndex, i = u.startIndex
        var previous: UInt8 = 0
        while i < u.endIndex {
            let b = u[i], next = u.index(after: i)
            if b == 0x0A, previous != 0x0D {
                if start < i {
                    lines.append(head[start..<i])
                    if lines.count == limit { return lines }
                }
                start = next
            }
            previous = b
            i = next
        }
        if start < u.endIndex { lines.append(head[start...]) }
        return lines
    }
}
