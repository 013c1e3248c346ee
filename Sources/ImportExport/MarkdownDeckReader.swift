/// Reads hashcards/repeater decks: `Q:` … `A:` blocks, separated by blank lines or `---`.
///
/// A card runs from its `Q:` line to the next `Q:`/`C:` line, a `---` line or a heading; blank lines
/// inside an answer and anything inside a ``` fence are kept. The deck name comes from front matter
/// (`name:`, `deck:` or `title:`) or from the first `#` heading. `C:` cloze cards are skipped and counted.
/// dlquiz's own export puts `<!-- id: ID | tags: a, b -->` before a card; it is read back as the id and tags.
public enum MarkdownDeckReader {
    enum Block { case question, answer, cloze }

    public static func read(_ text: String, file: String) -> ReadResult {
        var result = ReadResult()
        // "\r\n" is one Character, so it is a separator of its own: Windows files split into lines too.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line -> Substring in
            line.last == "\r" ? line.dropLast() : line
        }
        var k = 0
        // Front matter.
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for line in lines[1..<end] {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, ["name", "deck", "title"].contains(parts[0].trimmedWhitespace.lowercased()) {
                    let value = parts[1].trimmedWhitespace.trimmingQuotes
                    if !value.isEmpty, result.deckName == nil { result.deckName = value }
                }
            }
            k = end + 1
        }
        lines = Array(lines)
        var index = 0
        var question: [Substring] = []
        var answer: [Substring] = []
        var block: Block? = nil
        var pendingID: String? = nil
        var pendingTags: [String]? = nil
        var cardID: String? = nil
        var cardTags: [String]? = nil
        var inFence = false
        var clozes = 0

        func finish() {
            defer { block = nil; question = []; answer = []; cardID = nil; cardTags = nil }
            guard let b = block else { return }
            index += 1
            if b == .cloze {
                clozes += 1
                result.skipped.append((index, "cloze card: dlquiz has no cloze cards"))
                return
            }
            let q = unescape(question).trimmedWhitespace
            let a = unescape(answer).trimmedWhitespace
            if q.isEmpty { result.skipped.append((index, "empty question")); return }
            if a.isEmpty { result.skipped.append((index, "no answer (a Q: without an A:)")); return }
            result.notes.append(ImportedNote(index: index, question: q, answer: a, tags: cardTags, id: cardID))
        }

        while k < lines.count {
            let line = lines[k]
            k += 1
            if inFence {
                if line.hasPrefix("```") { inFence = false }
                if block == .answer { answer.append(line) } else if block != nil { question.append(line) }
                continue
            }
            if line.hasPrefix("Q:") {
                finish()
                block = .question
                question = [line.dropFirst(2)]
                cardID = pendingID; cardTags = pendingTags
                pendingID = nil; pendingTags = nil
                continue
            }
            if line.hasPrefix("C:") {
                finish()
                block = .cloze
                pendingID = nil; pendingTags = nil
                continue
            }
            if line.hasPrefix("A:"), block == .question {
                block = .answer
                answer = [line.dropFirst(2)]
                continue
            }
            if line.hasPrefix("---"), line.trimmedWhitespace == "---" {
                finish()
                continue
            }
            if line.hasPrefix("<!--"), let meta = DeckMetaComment.parse(String(line)) {
                finish()
                pendingID = meta.id.isEmpty ? nil : String(meta.id)
                pendingTags = meta.tags.map { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) } ?? []
                continue
            }
            if line.hasPrefix("#"), let m = line.firstMatch(of: Patterns.heading) {
                finish()
                if result.deckName == nil, index == 0 { result.deckName = String(m.1).trimmedWhitespace }
                continue
            }
            if line.hasPrefix("```") { inFence = true }
            switch block {
            case .question: question.append(line)
            case .answer: answer.append(line)
            case .cloze, nil: break
            }
        }
        finish()
        if clozes > 0 { result.warnings.append("\(clozes) cloze card\(clozes == 1 ? "" : "s") (C:) skipped: dlquiz has no cloze cards") }
        return result
    }

    /// Lines the writer indented by one space so they would not read as markers get their space back.
    static func unescape(_ lines: [Substring]) -> String {
        lines.map { line -> Substring in
            if line.hasPrefix(" "), line.firstMatch(of: Patterns.escapedMarker) != nil { return line.dropFirst() }
            return line
        }.joined(separator: "\n")
    }
}

extension StringProtocol {
    var trimmingQuotes: String {
        if count >= 2, (hasPrefix("\"") && hasSuffix("\"")) || (hasPrefix("'") && hasSuffix("'")) { return String(dropFirst().dropLast()) }
        return String(self)
    }
}
