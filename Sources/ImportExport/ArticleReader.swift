import Corpus

/// Reads a Q&A article, plain text or Markdown, with the importers that build the built-in deck
/// (numbered questions, "Q1." labels, "Answer:" markers, alternating lines) and, for Markdown, questions
/// marked as headings, bold lines or list items. Whichever way finds more questions wins.
///
/// Page chrome is removed before either runs: front matter, HTML comments, images, tables of contents
/// (list items that are only a link), share/subscribe/advert/byline/footer lines. Only lines that read as
/// questions become questions, so titles and section headings never do; a question with no answer under
/// it (a contents entry) is skipped.
public enum ArticleReader {
    /// One line of the Markdown, with what marks it.
    struct MarkedLine {
        var text: String
        var heading: Int  // 0 when not a heading
        var emphasised: Bool
        var listItem: Bool
        var indent: Int
        var fence: Bool
        var inFence: Bool
    }

    public static func read(_ text: String, file: String) -> ReadResult {
        let lines = markedLines(text)
        let plain = lines.map { $0.inFence || $0.fence ? $0.text : String(repeating: " ", count: $0.indent) + ($0.listItem ? "- " : "") + $0.text }
            .joined(separator: "\n")
        let article = QAImporter.Lines(plain)
        let general = QAImporter.parse(article, file: file).map {
            ImportedNote(index: $0.source.index, question: $0.question, answer: $0.answer)
        }
        let (marked, skipped) = markedQuestions(lines)
        var result = ReadResult()
        if !marked.isEmpty, marked.count >= general.count {
            result.notes = marked
            result.skipped = skipped
        } else {
            result.notes = general
        }
        if result.notes.isEmpty {
            // A short file: one or two numbered or "Answer:"-marked questions are enough.
            result.notes = QAImporter.parse(article, file: file, minimum: 1, alternating: false).map {
                ImportedNote(index: $0.source.index, question: $0.question, answer: $0.answer)
            }
        }
        if result.notes.isEmpty {
            result.warnings.append("no questions found: mark them as numbered lines (\"1. What…?\"), \"Q1.\" labels, \"Answer:\" lines, or Markdown headings/bold lines ending in \"?\"")
        }
        if let title = lines.first(where: { $0.heading == 1 }) { result.deckName = title.text }
        return result
    }

    // MARK: Markdown lines and chrome

    static func markedLines(_ text: String) -> [MarkedLine] {
        var raw = text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if raw.first == "---", let end = raw.dropFirst().firstIndex(of: "---"), isFrontMatter(raw[1..<end]) { raw.removeSubrange(0...end) }
        var out: [MarkedLine] = []
        var inFence = false
        var inComment = false
        for line in raw {
            let trimmed = line.trimmedWhitespace
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                out.append(MarkedLine(text: line, heading: 0, emphasised: false, listItem: false, indent: 0, fence: true, inFence: inFence))
                inFence.toggle()
                continue
            }
            if inFence {
                out.append(MarkedLine(text: line, heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: true))
                continue
            }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("<!--") {
                if !trimmed.contains("-->") { inComment = true }
                continue
            }
            if trimmed.count >= 3, Set(trimmed.filter { $0 != " " }).count == 1, "-*_".contains(trimmed.first!) {
                out.append(MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false))
                continue  // a horizontal rule
            }
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            var t = Substring(trimmed)
            var heading = 0
            while t.first == "#", heading < 7 { heading += 1; t = t.dropFirst() }
            if heading > 0, t.first != " " { heading = 0; t = Substring(trimmed) }  // "#hashtag"
            var listItem = false
            if heading == 0, let m = t.first, m == "-" || m == "*" || m == "+", t.dropFirst().first?.isWhitespace == true {
                listItem = true
                t = t.dropFirst(2)
            }
            var text = inlineText(String(t).trimmedWhitespace)
            if heading > 0, text.last == "}" { text = text.replacing(Patterns.anchor, with: "") }  // "{#anchor}"
            let emphasised = isEmphasised(String(t).trimmedWhitespace)
            if isChrome(text, raw: trimmed, listItem: listItem) { out.append(MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false)); continue }
            out.append(MarkedLine(text: text, heading: heading, emphasised: emphasised, listItem: listItem, indent: indent, fence: false, inFence: false))
        }
        return out
    }

    /// Lines between a leading `---` and the next that read as YAML (`key: value`, indented or `- `
    /// continuations). A page may also open with a horizontal rule before its first question: then
    /// the lines up to the next rule are content, not front matter.
    static func isFrontMatter(_ lines: ArraySlice<String>) -> Bool {
        lines.allSatisfy { line in
            let t = line.trimmedWhitespace
            if t.isEmpty || line.first == " " || line.first == "\t" || t.hasPrefix("- ") || t.hasPrefix("#") && !t.hasPrefix("# ") { return true }
            guard let colon = t.firstIndex(of: ":") else { return false }
            let key = t[..<colon]
            return !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " } && key.count <= 40
        }
    }

    /// A line wholly in bold or italics: `**What is X?**`, `__What is X?__`.
    static func isEmphasised(_ t: String) -> Bool {
        guard t.hasPrefix("**") || t.hasPrefix("__") else { return false }
        var end = t.unicodeScalars.reversed().prefix(3).map { $0 }
        if end.first == ":" || end.first == "." { end.removeFirst() }
        guard end.count >= 2, end[0] == end[1], end[0] == "*" || end[0] == "_" else { return false }
        return t.firstMatch(of: Patterns.emphasised) != nil
    }

    /// Markdown inline markup removed: links keep their text, images go, emphasis and escapes go.
    static func inlineText(_ s: String) -> String {
        guard s.contains(where: { "[*_!<\\".contains($0) }) else { return s }
        var t = s
        if t.utf8.containsPair(UInt8(ascii: "]"), UInt8(ascii: "(")) {
            if t.contains("![") { t = InlineMarkup.removingImages(t) }
            t = InlineMarkup.replacingLinks(t)
        }
        if t.contains("**") || t.contains("__") { t = InlineMarkup.removingBold(t) }
        if t.contains("<") { t = InlineMarkup.removingTags(t) }
        if t.contains("\\") { t = InlineMarkup.removingEscapes(t) }
        return t.trimmedWhitespace
    }

    static func isChrome(_ text: String, raw: String, listItem: Bool) -> Bool {
        // A contents entry: a list item that is only a link to an anchor or a page.
        if raw.utf8.containsPair(UInt8(ascii: "]"), UInt8(ascii: "(")), raw.firstMatch(of: Patterns.contentsEntry) != nil { return true }
        if raw.hasPrefix("!["), raw.firstMatch(of: Patterns.imageAlone) != nil { return true }  // an image alone
        guard let first = text.first else { return false }
        // Every chrome phrase starts with one of these letters (lowercased), a digit or ©.
        guard first.isNumber || "tcsplawubrfy©TCSPLAWUBRFY".contains(first) || !first.isASCII else { return false }
        return ChromeLine.matches(text.lowercased())
    }

    // MARK: Questions marked in Markdown

    static func looksLikeQuestion(_ text: String) -> Bool {
        guard text.count >= 8, text.count < 300 else { return false }
        if text.hasSuffix("?") || text.hasSuffix("?:") { return true }
        let first = text.prefix { $0.isLetter }.lowercased()
        return ["what", "how", "why", "when", "which", "explain", "describe", "define", "compare", "differentiate",
                "distinguish", "contrast", "list", "name", "discuss", "give", "outline", "elaborate"].contains(first)
            && text.count < 200
    }

    /// "Q1. What…", "1) What…", "Question 3: What…" without the label.
    static func stripLabel(_ text: String) -> String {
        guard let first = text.first, first == "q" || first == "Q" || first.isNumber else { return text }
        if let m = text.firstMatch(of: Patterns.numberLabel) { return String(m.1) }
        if let m = text.firstMatch(of: Patterns.questionLabel) { return String(m.1) }
        return text
    }

    static func markedQuestions(_ lines: [MarkedLine]) -> ([ImportedNote], [(index: Int, reason: String)]) {
        // Question lines: headings, whole-bold lines, or top-level list items that read as questions.
        let baseIndent = lines.filter { $0.listItem }.map(\.indent).min() ?? 0
        // Each question also remembers the heading level that ends its answer: its own level for a heading
        // question, else the level of the section heading above it (any heading when there is none).
        var starts: [(line: Int, question: String, endLevel: Int)] = []
        var sectionLevel = 0
        for (k, l) in lines.enumerated() where !l.inFence && !l.fence {
            let marked = l.heading > 0 || l.emphasised || (l.listItem && l.indent <= baseIndent)
            guard marked else { continue }
            let q = stripLabel(l.text)
            if looksLikeQuestion(q) {
                starts.append((k, q.hasSuffix("?:") ? String(q.dropLast()) : q, l.heading > 0 ? l.heading : sectionLevel == 0 ? 6 : sectionLevel))
            } else if l.heading > 0 {
                sectionLevel = l.heading
            }
        }
        var notes: [ImportedNote] = []
        var skipped: [(index: Int, reason: String)] = []
        for (i, s) in starts.enumerated() {
            var end = i + 1 < starts.count ? starts[i + 1].line : lines.count
            // A heading at the question's level or above (a new section, the page footer) ends the answer;
            // deeper headings ("### Definition") are part of it.
            if let h = lines[(s.line + 1)..<end].firstIndex(where: { $0.heading > 0 && $0.heading <= s.endLevel && !$0.inFence }) { end = h }
            let answer = formatAnswer(Array(lines[(s.line + 1)..<end]), listBase: baseIndent)
            let index = i + 1
            if answer.isEmpty {
                skipped.append((index, "no answer under the question (a contents entry?)"))
            } else {
                notes.append(ImportedNote(index: index, question: s.question, answer: answer))
            }
        }
        return (notes, skipped)
    }

    static func formatAnswer(_ lines: [MarkedLine], listBase: Int) -> String {
        var out: [String] = []
        for l in lines {
            if l.fence || l.inFence {
                out.append(l.fence ? "```" + l.text.trimmedWhitespace.dropFirst(3) : l.text)
                continue
            }
            if l.text.isEmpty {
                if let last = out.last, !last.isEmpty { out.append("") }
                continue
            }
            if l.listItem {
                out.append(String(repeating: "  ", count: max(0, (l.indent - listBase) / 2)) + "- " + l.text)
            } else {
                out.append(l.text)
            }
        }
        while out.last?.isEmpty == true { out.removeLast() }
        if let first = out.first, first.first == "a" || first.first == "A", let m = first.firstMatch(of: Patterns.answerLabel) {
            out[0] = String(m.1)
            if out[0].isEmpty { out.removeFirst(); while out.first?.isEmpty == true { out.removeFirst() } }
        }
        return out.joined(separator: "\n")
    }
}

