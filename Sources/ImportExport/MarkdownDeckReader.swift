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
        var lines = splitLines(text)
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
                if line.utf8.first == UInt8(ascii: "`"), line.hasPrefix("```") { inFence = false }
                if block == .answer { answer.append(line) } else if block != nil { question.append(line) }
                continue
            }
            let first = line.utf8.first
            if first == UInt8(ascii: "Q"), line.hasPrefix("Q:") {
                finish()
                block = .question
                question = [line.dropFirst(2)]
                cardID = pendingID; cardTags = pendingTags
                pendingID = nil; pendingTags = nil
                continue
            }
            if first == UInt8(ascii: "C"), line.hasPrefix("C:") {
                finish()
                block = .cloze
                pendingID = nil; pendingTags = nil
                continue
            }
            if first == UInt8(ascii: "A"), line.hasPrefix("A:"), block == .question {
                block = .answer
                answer = [line.dropFirst(2)]
                continue
            }
            if first == UInt8(ascii: "-"), line.hasPrefix("---"), line.trimmedWhitespace == "---" {
                finish()
                continue
            }
            if first == UInt8(ascii: "<"), line.hasPrefix("<!--"), let meta = DeckMetaComment.parse(String(line)) {
                finish()
                pendingID = meta.id.isEmpty ? nil : String(meta.id)
                pendingTags = meta.tags.map { $0.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) } ?? []
                continue
            }
            if first == UInt8(ascii: "#"), line.hasPrefix("#"), let m = line.firstMatch(of: Patterns.heading) {
                finish()
                if result.deckName == nil, index == 0 { result.deckName = String(m.1).trimmedWhitespace }
                continue
            }
            if first == UInt8(ascii: "`"), line.hasPrefix("```") { inFence = true }
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

    /// `text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })`, each
    /// line without a last "\r", over bytes: an LF byte is always a "\n" or the end of a "\r\n" `Character`
    /// (a CR or LF is never joined to anything else), so every cut falls between `Character`s. The
    /// `Character` split was a third of the time of a 54,000-line fuzz input. Tests compare the two.
    static func splitLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var i = utf8.startIndex
        func cut(_ end: String.Index, separatorCR: Bool) {
            var end = end
            if separatorCR { end = utf8.index(before: end) }  // the "\r" of a "\r\n" separator
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }  // a last "\r"
            lines.append(text[start..<end])
        }
        var previous: UInt8 = 0
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A {
                cut(i, separatorCR: previous == 0x0D)
                start = utf8.index(after: i)
            }
            previous = b
            i = utf8.index(after: i)
        }
        cut(utf8.endIndex, separatorCR: false)
        return lines
    }

    /// A necessary condition for `Patterns.escapedMarker` (`^ +(Q:|A:|C:|---\s*$|#{1,6}\s|<!--)`): after the
    /// leading spaces comes one of the markers' first bytes. Spares the regex on lines of ordinary text.
    static func mayBeEscapedMarker(_ line: Substring) -> Bool {
        guard let b = line.utf8.first(where: { $0 != 0x20 }) else { return false }
        return b == UInt8(ascii: "Q") || b == UInt8(ascii: "A") || b == UInt8(ascii: "C") || b == UInt8(ascii: "-")
            || b == UInt8(ascii: "#") || b == UInt8(ascii: "<")
    }

    /// Lines the writer indented by one space so they would not read as markers get their space back.
    static func unescape(_ lines: [Substring]) -> String {
        lines.map { line -> Substring in
            if line.utf8.first == 0x20, mayBeEscapedMarker(line), line.firstMatch(of: Patterns.escapedMarker) != nil { return line.dropFirst() }
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
