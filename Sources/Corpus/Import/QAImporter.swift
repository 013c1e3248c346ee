/// Reads the questions and answers out of a plain-text Q&A article.
///
/// Articles mark their questions in a few general ways, tried from the most explicit to the least:
/// 1. an "Answer:" line (or "- Answer: …") follows each question;
/// 2. questions are numbered in sequence ("1.", "Q1.", or a marker line "• 1." with the question below),
///    at the outermost indentation, so numbered lists inside answers are not mistaken for questions;
/// 3. questions and one-line answers alternate under section headings ("Basic Level Questions").
/// Boilerplate (share buttons, course adverts, "Similar Posts") ends the last answer.
public enum QAImporter {
    /// A strategy counts when it finds at least `minimum` questions: three for the built-in deck's
    /// articles, so a stray numbered line is not taken for a question list. A short user file (one or
    /// two questions) is read again by `dlquiz import` with `minimum: 1` and without the weakest
    /// strategy (`alternating: false`), when nothing else was found in it.
    public static func parse(text: String, file: String, minimum: Int = 3, alternating useAlternating: Bool = true) -> [RawQuestion] {
        parse(Lines(text), file: file, minimum: minimum, alternating: useAlternating)
    }

    /// An article's lines, read once (split, cleaned, cut at the boilerplate that ends it), for a caller
    /// that parses the same text twice with different settings (`dlquiz import`'s short-file retry).
    public struct Lines: Sendable {
        var lines: [ArticleLine]

        public init(_ text: String) {
            self.init(split: LineSplit.lines(text))
        }

        /// The lines of a text already split as `LineSplit` splits it (no line holds a line feed or a
        /// carriage return).
        public init(split: [String]) {
            self.init(count: split.count) { split[$0] }
        }

        /// `init(split:)` with the lines given one at a time, by index (a caller that makes them need not
        /// keep them all: an array of strings costs a page fault every 256 lines). A closure, not a generic
        /// collection: unspecialised across modules, a generic one took a third longer.
        public init(count: Int, line: (Int) -> String) {
            lines = []
            lines.reserveCapacity(count)
            for k in 0..<count {
                let article = ArticleLine(line(k))
                // The boilerplate that ends the article ends its lines.
                if Boilerplate.endsArticle(article.text) { break }
                lines.append(article)
            }
        }
    }

    /// `parse(text:…)` on lines already read.
    public static func parse(_ article: Lines, file: String, minimum: Int = 3, alternating useAlternating: Bool = true) -> [RawQuestion] {
        // One formula budget for the whole article (`FormulaCleaner.articleStepBudget`).
        var formulaBudget = FormulaCleaner.articleStepBudget
        return parse(article, file: file, minimum: minimum, alternating: useAlternating, formulaBudget: &formulaBudget)
    }

    /// `parse`, its answers' formula cleaning spending from `formulaBudget` (what is left is left there).
    static func parse(_ article: Lines, file: String, minimum: Int, alternating useAlternating: Bool, formulaBudget: inout Int) -> [RawQuestion] {
        let lines = article.lines
        // Tried in order, each only when the one before found too few (the last, `alternating`, is the dearest).
        var spans = answerMarked(lines)
        if spans.count < minimum { spans = numbered(lines) }
        if spans.count < minimum { spans = useAlternating ? alternating(lines) : [] }
        if spans.count < minimum { spans = [] }
        return questions(spans, lines, file: file, formulaBudget: &formulaBudget)
    }

    /// `parse(article, file:)`, and the short-file reading `parse(article, file:, minimum: 1, alternating: false)`
    /// for a caller that needs it only when the first finds nothing it keeps: the two share their
    /// `answerMarked` and `numbered` passes (each a pass over every line) instead of running them again.
    public static func readings(_ article: Lines, file: String) -> (regular: [RawQuestion], shortFile: () -> [RawQuestion]) {
        let lines = article.lines
        let marked = answerMarked(lines)
        var numberedOnce: [Span]? = nil
        func numberedSpans() -> [Span] {
            if let numberedOnce { return numberedOnce }
            let spans = numbered(lines)
            numberedOnce = spans
            return spans
        }
        var spans = marked
        if spans.count < 3 { spans = numberedSpans() }
        if spans.count < 3 { spans = alternating(lines) }
        if spans.count < 3 { spans = [] }
        var budget = FormulaCleaner.articleStepBudget
        let regular = questions(spans, lines, file: file, formulaBudget: &budget)
        return (regular, {
            let short = !marked.isEmpty ? marked : numberedSpans()
            var budget = FormulaCleaner.articleStepBudget
            return questions(short, lines, file: file, formulaBudget: &budget)
        })
    }

    /// The questions of `spans`, numbered from 1, their answers formatted.
    static func questions(_ spans: [Span], _ lines: [ArticleLine], file: String, formulaBudget: inout Int) -> [RawQuestion] {
        spans.enumerated().map { i, span in
            RawQuestion(
                source: Source(file: file, index: i + 1),
                question: QuestionText.clean(span.question),
                answer: AnswerFormatter.format(span.answerLead, lines[span.answerLines], formulaBudget: &formulaBudget),
                statedLevel: span.level)
        }
    }

    /// Where one question and its answer lie in the article.
    struct Span {
        var question: String
        /// Answer text on the marker line itself ("- Answer: text").
        var answerLead: String
        var answerLines: Range<Int>
        var level: Level?
    }

    // MARK: Strategy 1: "Answer:" markers

    /// `^(?i:answer)\s*:\s*(.*)$`, scanned by hand (see `LineScan`).
    static func answerMarker(_ text: String) -> String? {
        // A first byte other than a or A is no "answer" (nothing canonically equivalent to "a" starts otherwise).
        guard let byte = text.utf8.first, byte | 0x20 == UInt8(ascii: "a") else { return nil }
        return LineScan.isPlainASCII(text) ? asciiAnswerMarker(text) : characterAnswerMarker(text)
    }

    /// `answerMarker` over the bytes of plain ASCII text (`LineScan.isPlainASCII`: the whitespace is
    /// U+0009–U+000D and the space, the newlines U+000A–U+000D).
    static func asciiAnswerMarker(_ text: String) -> String? {
        let b = text.utf8
        var i = b.startIndex
        for p in "answer".utf8 {
            guard i < b.endIndex, b[i] | 0x20 == p else { return nil }
            i = b.index(after: i)
        }
        while i < b.endIndex, LineScan.isSpaceByte(b[i]) { i = b.index(after: i) }
        guard i < b.endIndex, b[i] == UInt8(ascii: ":") else { return nil }
        i = b.index(after: i)
        while i < b.endIndex, LineScan.isSpaceByte(b[i]) { i = b.index(after: i) }
        let rest = b[i...]
        guard !rest.contains(where: { $0 >= 0x0A && $0 <= 0x0D }) else { return nil }
        return String(Substring(rest))
    }

    /// `answerMarker` `Character` by `Character`: the reference, and the path for other text.
    static func characterAnswerMarker(_ text: String) -> String? {
        guard let first = text.first, first == "a" || first == "A", let after = LineScan.caselessPrefix(Substring(text), "answer")
        else { return nil }
        let colon = LineScan.droppingWhitespace(after)
        guard colon.first == ":" else { return nil }
        let rest = LineScan.droppingWhitespace(colon.dropFirst())
        return LineScan.isOneLine(rest) ? String(rest) : nil
    }

    static func answerMarked(_ lines: [ArticleLine]) -> [Span] {
        var found: [(questionLine: Int, markerLine: Int, lead: String)] = []
        // The last non-blank line before each line, carried along (a search back from every marker was
        // quadratic in the blank lines before it).
        var lastNonBlank: Int? = nil
        for (k, line) in lines.enumerated() {
            defer { if !line.isBlank { lastNonBlank = k } }
            guard let lead = answerMarker(line.text) else { continue }
            guard let q = lastNonBlank, answerMarker(lines[q].text) == nil else { continue }
            found.append((q, k, lead))
        }
        return found.enumerated().map { i, f in
            var end = i + 1 < found.count ? found[i + 1].questionLine : lines.count
            // A bare number marker ("• 2.") before the next question belongs to it, not to this answer.
            while end > f.markerLine + 1, lines[end - 1].isBlank || NumberedQuestion.marker(lines[end - 1].text) != nil {
                end -= 1
            }
            return Span(question: lines[f.questionLine].text, answerLead: f.lead, answerLines: (f.markerLine + 1)..<end)
        }
    }

    // MARK: Strategy 2: numbered questions

    static func numbered(_ lines: [ArticleLine]) -> [Span] {
        var starts: [(line: Int, question: String, answerFrom: Int)] = []
        var expected = 1
        var baseIndent: Int? = nil
        for (k, line) in lines.enumerated() where !line.isBlank {  // (a blank line is no number: said before parsing it)
            guard let (number, rest) = NumberedQuestion.parse(line.text), number == expected else { continue }
            if let baseIndent, line.indent > baseIndent { continue }
            var question = rest
            var answerFrom = k + 1
            if question.isEmpty {
                guard let q = lines[(k + 1)...].firstIndex(where: { !$0.isBlank }) else { continue }
                question = lines[q].text
                answerFrom = q + 1
            }
            // Once three questions have been numbered in sequence, the next number is the next question
            // whatever its wording ("60. Pick an algorithm. Write the pseudo-code…").
            guard QuestionText.looksLikeQuestion(question) || (starts.count >= 3 && rest == question) else { continue }
            if baseIndent == nil { baseIndent = line.indent }
            starts.append((k, question, answerFrom))
            expected += 1
        }
        return starts.enumerated().map { i, s in
            let end = i + 1 < starts.count ? starts[i + 1].line : lines.count
            return Span(question: s.question, answerLead: "", answerLines: s.answerFrom..<max(s.answerFrom, end))
        }
    }

    // MARK: Strategy 3: alternating question and answer lines under headings

    static func alternating(_ lines: [ArticleLine]) -> [Span] {
        var spans: [Span] = []
        var level: Level? = nil
        var inSection = false
        var k = 0
        while k < lines.count {
            let line = lines[k]
            if line.isBlank { k += 1; continue }  // (no heading either: said before testing it)
            if let heading = SectionHeading.level(line.text) {
                level = heading.level
                inSection = true
                k += 1
                continue
            }
            if line.isBlank || !inSection { k += 1; continue }
            if QuestionText.looksLikeQuestion(line.text),
                let a = lines[(k + 1)...].firstIndex(where: { !$0.isBlank }),
                SectionHeading.level(lines[a].text) == nil, !QuestionText.looksLikeQuestion(lines[a].text)
            {
                spans.append(Span(question: line.text, answerLead: "", answerLines: a..<(a + 1), level: level))
                k = a + 1
            } else if var last = spans.popLast() {
                // A second answer line continues the previous answer.
                last.answerLines = last.answerLines.lowerBound..<(k + 1)
                spans.append(last)
                k += 1
            } else {
                k += 1
            }
        }
        return spans
    }
}
