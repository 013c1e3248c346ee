/// Turns an answer's lines into clean text blocks: paragraphs, "- " list items, and ``` fenced code.
///
/// Blocks are separated by blank lines. Code is recognised by shape (statements, imports, comments,
/// definitions) within a run of lines that has no empty line in it, and is kept verbatim, dedented.
enum AnswerFormatter {
    /// The answer's text; its formula cleaning spends from `formulaBudget` (the article's, `FormulaCleaner.articleStepBudget`).
    static func format(_ lead: String, _ lines: ArraySlice<ArticleLine>, formulaBudget: inout Int) -> String {
        var blocks: [String] = []
        let leadText = TextCleaner.clean(lead)
        if !leadText.isEmpty { blocks.append(FormulaCleaner.clean(leadText, articleBudget: &formulaBudget)) }
        // Cut at the first line that is less indented than the answer itself (the next heading).
        let base = lines.first(where: { !$0.isBlank })?.indent ?? 0
        var body = lines
        if let cut = body.firstIndex(where: { !$0.isBlank && $0.indent < base }) { body = body[..<cut] }
        // (Runs are index ranges of the answer's lines: copying each line into arrays of runs cost more
        // than formatting most of them.)
        for run in runs(body) {
            if CodeShape.isCode(body[run]) {
                blocks.append(fence(Array(body[run])))
            } else {
                var items: [String] = []
                for line in body[run] where !line.isBlank { items.append(item(line, base: base, formulaBudget: &formulaBudget)) }
                if !items.isEmpty { blocks.append(items.joined(separator: "\n")) }
            }
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Runs of lines separated by truly empty lines; whitespace-only lines stay inside a run (code uses them).
    /// Runs of blank lines only are left out.
    static func runs(_ lines: ArraySlice<ArticleLine>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int? = nil
        for k in lines.indices {
            if lines[k].isTrulyEmpty {
                if let s = start { result.append(s..<k) }
                start = nil
            } else if start == nil {
                start = k
            }
        }
        if let s = start { result.append(s..<lines.endIndex) }
        return result.filter { run in lines[run].contains { !$0.isBlank } }
    }

    static func item(_ line: ArticleLine, base: Int, formulaBudget: inout Int) -> String {
        let nesting = String(repeating: "  ", count: max(0, (line.indent - base) / 2))
        let text = FormulaCleaner.clean(line.text, articleBudget: &formulaBudget)
        if line.isBullet { return nesting + "- " + text }
        return nesting + text
    }

    static func fence(_ run: [ArticleLine]) -> String {
        var lines = run
        while let last = lines.last, last.isBlank { lines.removeLast() }
        let indent = lines.filter { !$0.isBlank }.map(\.indent).min() ?? 0
        let body = lines.map { line -> String in
            if line.isBlank { return "" }
            var raw = Substring(line.raw)
            while let f = raw.unicodeScalars.first, LineScan.isWhitespace(f), f != " ", f != "\t" { raw = raw.dropFirst() }
            return String(raw.dropFirst(indent))
        }
        return "```\n" + body.joined(separator: "\n") + "\n```"
    }
}
