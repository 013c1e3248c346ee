import Corpus

/// The `<!-- id: X | tags: a, b -->` comment a Markdown deck puts before a card, read by hand with the
/// meaning of `Patterns.deckMeta`
/// (`^<!--\s*(?:dlquiz\s+)?id:\s*(.*?)\s*(?:\|\s*tags:\s*(.*?)\s*)?-->\s*$`), in time linear in the line.
///
/// The regex's two lazy groups backtracked over each other: a 1.7 KB comment line holding many
/// `| tags:` took 90 ms, and the cost grew faster than the square of the length (a fuzz finding).
/// Here: the comment ends at the last `-->` followed only by whitespace; the id is the shortest text
/// after `id:` that is followed either by whitespace then `| tags:`, or by whitespace alone; the tags are
/// what follows `tags:`, trimmed. `\s` is `Character.isWhitespace`, and `.` does not match a newline
/// character, as in the regex. Tests compare the two.
enum DeckMetaComment {
    static func parse(_ line: String) -> (id: Substring, tags: Substring?)? {
        let c = Array(line)
        var i = 0
        func skipSpace() { while i < c.count, LineScan.isWhitespace(c[i]) { i += 1 } }
        func literal(_ s: String) -> Bool {
            let l = Array(s)
            guard i + l.count <= c.count, Array(c[i..<(i + l.count)]) == l else { return false }
            i += l.count
            return true
        }
        guard literal("<!--") else { return nil }
        skipSpace()
        let beforeKeyword = i
        if literal("dlquiz"), i < c.count, LineScan.isWhitespace(c[i]) { skipSpace() } else { i = beforeKeyword }
        guard literal("id:") else { return nil }
        skipSpace()
        let start = i
        // The end: "-->" then whitespace only, to the end of the line.
        var end = c.count
        while end > start, LineScan.isWhitespace(c[end - 1]) { end -= 1 }
        guard end - start >= 3, c[end - 3] == "-", c[end - 2] == "-", c[end - 1] == ">" else { return nil }
        end -= 3
        // Within start..<end: the last non-whitespace character, newlines counted before each position,
        // and the next non-whitespace position from each position.
        var lastText = start - 1
        var newlines = [Int](repeating: 0, count: end - start + 1)
        var nextText = [Int](repeating: end, count: end - start + 1)
        for k in start..<end {
            if !LineScan.isWhitespace(c[k]) { lastText = k }
            newlines[k - start + 1] = newlines[k - start] + (c[k].isNewline ? 1 : 0)
        }
        for k in stride(from: end - 1, through: start, by: -1) { nextText[k - start] = LineScan.isWhitespace(c[k]) ? nextText[k - start + 1] : k }
        func hasNewline(_ a: Int, _ b: Int) -> Bool { newlines[b - start] > newlines[a - start] }
        func text(_ a: Int, _ b: Int) -> Substring { Substring(String(c[a..<b])) }
        let tags = Array("tags:")
        for k in start...end {
            guard !hasNewline(start, k) else { return nil }  // the id holds no newline
            // Whitespace, then "| tags:", then the tags up to the end, trimmed.
            var p = nextText[k - start]
            if p < end, c[p] == "|" {
                p += 1
                while p < end, LineScan.isWhitespace(c[p]) { p += 1 }
                if p + tags.count <= end, Array(c[p..<(p + tags.count)]) == tags {
                    p += tags.count
                    while p < end, LineScan.isWhitespace(c[p]) { p += 1 }
                    let tagsEnd = max(p, lastText + 1)
                    if !hasNewline(p, tagsEnd) { return (text(start, k), text(p, tagsEnd)) }
                }
            }
            // Or whitespace alone to the end.
            if k > lastText { return (text(start, k), nil) }
        }
        return nil
    }
}
