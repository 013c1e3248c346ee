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
    /// (32 bytes a line, on files of tens of thousands of lines: one string, which holds the id of an id
    /// comment's line, whose text is empty; the indent and the heading level in 32 and 8 bits; then the flags.
    /// At 72 bytes, the arrays of a 64 KB file of blank lines cost more in page faults than in reading.)
    struct MarkedLine: Equatable {
        /// The text, or the id of an id comment's line (`isIDComment`).
        private var stored: String
        private var storedIndent: Int32
        private var storedHeading: UInt8
        private var isIDComment: Bool
        var emphasised: Bool
        var listItem: Bool
        var fence: Bool
        var inFence: Bool
        /// An Obsidian question callout's text (`> [!question]`): a question by the file's own say.
        var asked: Bool
        /// A horizontal rule (`---`), kept as an empty line that knows what it was.
        var rule: Bool

        var text: String { isIDComment ? "" : stored }
        /// The id an `<!-- guid: X -->` or `<!-- id: X -->` comment gives the question above it.
        var id: String? { isIDComment ? stored : nil }
        var heading: Int { Int(storedHeading) }  // 0 when not a heading
        var indent: Int { Int(storedIndent) }

        /// A line with `id` has no text (an id comment's line is empty but for its id).
        init(text: String, heading: Int, emphasised: Bool, listItem: Bool, indent: Int, fence: Bool, inFence: Bool,
             asked: Bool = false, id: String? = nil, rule: Bool = false) {
            assert(id == nil || text.isEmpty, "an id comment's line has no text")
            stored = id ?? text
            isIDComment = id != nil
            storedHeading = UInt8(clamping: heading)
            storedIndent = Int32(clamping: indent)
            self.emphasised = emphasised
            self.listItem = listItem
            self.fence = fence
            self.inFence = inFence
            self.asked = asked
            self.rule = rule
        }
    }

    /// What one line outside a callout does: adds a marked line (a fence line toggles the fence), is
    /// skipped (inside an HTML comment, or a comment on one line), or opens or ends a comment.
    enum Step: Equatable {
        case line(MarkedLine), skip, commentOpens, commentEnds

        /// A chrome line, kept as an empty line so that the lines keep their places.
        static let chrome = Step.line(MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false))
    }

    /// Which Obsidian callout (`> [!question]`, `> [!answer]-`, `> [!explanation]`) the lines are in.
    enum Callout { case question, other }

    public static func read(_ text: String, file: String) -> ReadResult {
        let lines = markedLines(text)
        let article = plainLines(lines).map { split in QAImporter.Lines(count: split.count) { split[$0] } } ?? QAImporter.Lines(plainText(lines))
        let readings = QAImporter.readings(article, file: file)
        let general = readings.regular.map {
            ImportedNote(index: $0.source.index, question: $0.question, answer: $0.answer)
        }
        let (marked, skipped) = markedQuestions(lines)
        var result = ReadResult()
        if !marked.isEmpty, marked.count + skipped.count >= general.count {
            result.notes = marked
            result.skipped = skipped
        } else {
            (result.notes, result.skipped) = answered(general)
        }
        if result.notes.isEmpty {
            // A short file: one or two numbered or "Answer:"-marked questions are enough.
            (result.notes, result.skipped) = answered(readings.shortFile().map {
                ImportedNote(index: $0.source.index, question: $0.question, answer: $0.answer)
            })
        }
        if result.notes.isEmpty {
            result.warnings.append("no questions found: mark them as numbered lines (\"1. What…?\"), \"Q1.\" labels, \"Answer:\" lines, or Markdown headings/bold lines ending in \"?\"")
        }
        if let title = lines.first(where: { $0.heading == 1 }) { result.deckName = title.text }
        return result
    }

    /// The marked lines as plain text for the general importers: each line's text under its indent, a list
    /// item with a "- " marker, fenced lines as written. Appended as bytes into one buffer (a string per line
    /// and a join cost an allocation each on files of tens of thousands of lines); `referencePlainText` is the same.
    static func plainText(_ lines: [MarkedLine]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + $1.indent + 3 })
        for (k, l) in lines.enumerated() {
            if k > 0 { out.append(0x0A) }
            if !(l.inFence || l.fence) {
                out.append(contentsOf: repeatElement(0x20, count: l.indent))
                if l.listItem { out.append(contentsOf: [UInt8(ascii: "-"), 0x20]) }
            }
            out.append(contentsOf: l.text.utf8)
        }
        return String(decoding: out, as: UTF8.self)  // valid UTF-8 pieces: the same string
    }

    /// `plainText` already split into its lines (what `LineSplit` makes of it: no line holds a line feed or a
    /// carriage return, so the joins are the splits), without joining and splitting again; nil when a line's
    /// text holds one of those bytes. Lazy: the general importers read each line once, and an array of them
    /// cost a megabyte of page faults on a 64 KB file of blank lines.
    static func plainLines(_ lines: [MarkedLine]) -> LazyMapCollection<[MarkedLine], String>? {
        guard !lines.contains(where: { $0.text.utf8.contains { $0 == 0x0A || $0 == 0x0D } }) else { return nil }
        return lines.lazy.map { l in
            l.inFence || l.fence || l.indent == 0 && !l.listItem
                ? l.text : String(repeating: " ", count: l.indent) + (l.listItem ? "- " : "") + l.text
        }
    }

    /// `plainText` as a string per line, joined: the reference.
    static func referencePlainText(_ lines: [MarkedLine]) -> String {
        lines.map { $0.inFence || $0.fence ? $0.text : String(repeating: " ", count: $0.indent) + ($0.listItem ? "- " : "") + $0.text }
            .joined(separator: "\n")
    }

    /// The general importers' questions, an answer label ("Solution:", "Answer:") taken off each answer;
    /// a question with nothing under it (a list of questions without answers) is skipped, not a card.
    static func answered(_ notes: [ImportedNote]) -> ([ImportedNote], [(index: Int, reason: String)]) {
        var kept: [ImportedNote] = [], skipped: [(index: Int, reason: String)] = []
        for var note in notes {
            if let first = note.answer.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first,
               let label = answerLabel(first), label.marker == 0 {
                note.answer = String(note.answer.dropFirst(label.length)).trimmedWhitespace
            }
            if note.answer.isEmpty {
                skipped.append((note.index, "no answer under the question"))
            } else {
                kept.append(note)
            }
        }
        return (kept, skipped)
    }

    // MARK: Markdown lines and chrome

    /// The article's lines with their Markdown marks, page chrome blanked. `bytePath: false` reads every
    /// line the reference way (`referenceStep`); the tests compare the two.
    static func markedLines(_ text: String, bytePath: Bool = true) -> [MarkedLine] {
        var raw = LineSplit.lines(text)
        if raw.first == "---", let end = raw.dropFirst().firstIndex(of: "---"), isFrontMatter(raw[1..<end]) { raw.removeSubrange(0...end) }
        var out: [MarkedLine] = []
        out.reserveCapacity(raw.count)
        var inFence = false
        var inComment = false
        var callout: Callout? = nil
        var asked: [String] = []
        func endCallout() {
            if !asked.isEmpty {
                let text = inlineText(asked.joined(separator: " "))
                out.append(MarkedLine(text: text, heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false, asked: true))
            }
            asked = []
            callout = nil
        }
        for var line in raw {
            // Inside an Obsidian callout, its lines are read without their "> "; a question callout's lines
            // are the question. A line that is not quoted ends the callout.
            if !inFence, line.utf8.first == UInt8(ascii: ">") || callout != nil {
                let t = line.trimmedWhitespace
                if t.hasPrefix(">") {
                    var inner = Substring(t.dropFirst())
                    if inner.first == " " { inner = inner.dropFirst() }
                    if inner.hasPrefix("[!"), let m = inner.firstMatch(of: Patterns.callout) {
                        endCallout()
                        let kind = m.1.lowercased(), title = String(m.2).trimmedWhitespace
                        if ["question", "faq", "q", "help"].contains(kind) {
                            callout = .question
                            if !title.isEmpty { asked.append(title) }
                        } else {
                            callout = .other
                            if !["answer", "a", "success", "done", "check"].contains(kind) {
                                out.append(MarkedLine(text: title.isEmpty ? kind.prefix(1).uppercased() + kind.dropFirst() + ":" : title,
                                                      heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false))
                            }
                        }
                        continue
                    }
                    if callout == .question {
                        if !inner.trimmedWhitespace.isEmpty { asked.append(String(inner).trimmedWhitespace) }
                        continue
                    }
                    if callout != nil { line = String(inner) }
                } else {
                    endCallout()
                }
            }
            // A line that is not plain ASCII still tests chrome over its first bytes when they decide.
            let step = bytePath ? MarkdownLineBytes.step(line, inFence: inFence, inComment: inComment)
                ?? referenceStep(line, inFence: inFence, inComment: inComment, chromeText: isChromeText)
                : referenceStep(line, inFence: inFence, inComment: inComment)
            switch step {
            case .line(let marked):
                out.append(marked)
                if marked.fence { inFence.toggle() }
            case .skip: break
            case .commentOpens: inComment = true
            case .commentEnds: inComment = false
            }
        }
        endCallout()
        return out
    }

    /// What one line outside a callout does to the marked lines: the reference, `Character` by `Character`
    /// (`MarkdownLineBytes.step` is the same over the bytes of an ASCII line; a test compares the two).
    /// `chromeText` is `characterChromeText` or, for the lines the byte path leaves, `isChromeText`.
    static func referenceStep(_ line: String, inFence: Bool, inComment: Bool,
                              chromeText: (String) -> Bool = characterChromeText) -> Step {
        let trimmed = line.trimmedWhitespace
        // Each `hasPrefix` is asked only when the first byte allows it (none of these ASCII marks has a
        // canonical equivalent): on text that is not ASCII, `hasPrefix` compares normalised Characters.
        let first = trimmed.utf8.first
        if first == UInt8(ascii: "`") && trimmed.hasPrefix("```") || first == UInt8(ascii: "~") && trimmed.hasPrefix("~~~") {
            return .line(MarkedLine(text: line, heading: 0, emphasised: false, listItem: false, indent: 0, fence: true, inFence: inFence))
        }
        if inFence {
            return .line(MarkedLine(text: line, heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: true))
        }
        if inComment {
            return trimmed.contains("-->") ? .commentEnds : .skip
        }
        if first == UInt8(ascii: "<"), trimmed.hasPrefix("<!--") {
            if trimmed.utf8.count < 200, let m = trimmed.firstMatch(of: Patterns.idComment) {
                return .line(MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false, id: String(m.1)))
            }
            return trimmed.contains("-->") ? .skip : .commentOpens
        }
        if let b = first, b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "_"), isRule(trimmed) {
            return .line(MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false, rule: true))  // a horizontal rule
        }
        // (Each `Character` test here is asked only when the first byte allows it: comparing a `Character`
        // that is not ASCII normalises it, and these lines open mostly with other text.)
        let indent = line.utf8.first.map { $0 == 0x20 || $0 == 0x09 } == true ? line.prefix { $0 == " " || $0 == "\t" }.count : 0
        var t = Substring(trimmed)
        var heading = 0
        while t.utf8.first == UInt8(ascii: "#"), t.first == "#", heading < 7 { heading += 1; t = t.dropFirst() }
        if heading > 0, t.first != " " { heading = 0; t = Substring(trimmed) }  // "#hashtag"
        var listItem = false
        if heading == 0, let b = t.utf8.first, b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+"),
           let m = t.first, m == "-" || m == "*" || m == "+", t.dropFirst().first.map(LineScan.isWhitespace) == true {
            listItem = true
            t = t.dropFirst(2)
        }
        let content = String(t).trimmedWhitespace
        var text = inlineText(content)
        if heading > 0, text.utf8.last == UInt8(ascii: "}"), text.last == "}" { text = text.replacing(Patterns.anchor, with: "") }  // "{#anchor}"
        let emphasised = isEmphasised(content)
        if isChromeMarkup(raw: trimmed) || chromeText(text) { return .chrome }
        return .line(MarkedLine(text: text, heading: heading, emphasised: emphasised, listItem: listItem, indent: indent, fence: false, inFence: false))
    }

    /// A horizontal rule (the trimmed line): three or more of one of `-*_`, spaces between. Over the bytes:
    /// a `Character` that is "-", "*", "_" or " " is that byte alone (none has a canonical equivalent, and a
    /// mark after one makes another `Character`), so the line is a rule only if its bytes are all its first
    /// byte or spaces, and then each byte is a `Character`. (`characterIsRule`, which built a set of the
    /// line's `Character`s, is the reference: on long lines opening with "- " it was most of their reading.)
    static func isRule(_ trimmed: String) -> Bool {
        let b = trimmed.utf8
        guard let first = b.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        return b.count >= 3 && b.allSatisfy { $0 == first || $0 == 0x20 }
    }

    /// `isRule` `Character` by `Character`: the reference.
    static func characterIsRule(_ trimmed: String) -> Bool {
        guard let first = trimmed.first else { return false }
        return trimmed.count >= 3 && Set(trimmed.filter { $0 != " " }).count == 1 && "-*_".contains(first)
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
        guard let b = t.utf8.first, b == UInt8(ascii: "*") || b == UInt8(ascii: "_"), t.hasPrefix("**") || t.hasPrefix("__") else { return false }
        var end = t.unicodeScalars.reversed().prefix(3).map { $0 }
        if end.first == ":" || end.first == "." { end.removeFirst() }
        guard end.count >= 2, end[0] == end[1], end[0] == "*" || end[0] == "_" else { return false }
        return t.firstMatch(of: Patterns.emphasised) != nil
    }

    /// Markdown inline markup removed: links keep their text, images go, emphasis and escapes go. Over the
    /// bytes when the line is plain ASCII (`asciiInlineText`), else `characterInlineText`.
    static func inlineText(_ s: String) -> String {
        // The byte test first (a necessary condition: these are single ASCII scalars).
        guard s.utf8.contains(where: { $0 == 0x5B || $0 == 0x2A || $0 == 0x5F || $0 == 0x21 || $0 == 0x3C || $0 == 0x5C }) else { return s }
        // Over the bytes also when the other scalars are each a `Character` and none is whitespace
        // (`LineScan.bytesAreCharacters`): every step matches ASCII marks, takes any other byte as text, cuts
        // at ASCII bytes (so what is left is such a line again), and trims ASCII whitespace.
        if LineScan.bytesAreCharacters(s) { return asciiInlineText(s) }
        // `characterInlineText` returns the line as it is unless one of those bytes is a whole `Character`:
        // tested at each such byte, not by splitting the line into `Character`s.
        let u = s.utf8
        let marked = u.indices.contains { i in
            let b = u[i]
            guard b == 0x5B || b == 0x2A || b == 0x5F || b == 0x21 || b == 0x3C || b == 0x5C, let c = String.Index(i, within: s) else { return false }
            return s[c].utf8.count == 1
        }
        return marked ? characterInlineText(s) : s
    }

    /// `inlineText` of a plain ASCII line, one byte array through the steps (each step's output is plain
    /// ASCII again, so each byte test answers its `Character` test).
    static func asciiInlineText(_ s: String) -> String {
        var b = Array(s.utf8)
        func hasPair(_ x: UInt8, _ y: UInt8) -> Bool { b.count >= 2 && (1..<b.count).contains { b[$0 - 1] == x && b[$0] == y } }
        if hasPair(UInt8(ascii: "]"), UInt8(ascii: "(")) {
            if hasPair(UInt8(ascii: "!"), UInt8(ascii: "[")) { b = InlineMarkup.asciiRemovingImages(b) }
            b = InlineMarkup.asciiReplacingLinks(b)
        }
        if hasPair(UInt8(ascii: "*"), UInt8(ascii: "*")) || hasPair(UInt8(ascii: "_"), UInt8(ascii: "_")) { b = InlineMarkup.asciiRemovingBold(b) }
        if b.contains(UInt8(ascii: "<")) { b = Array(InlineMarkup.removingTags(String(decoding: b, as: UTF8.self)).utf8) }
        if b.contains(UInt8(ascii: "\\")) { b = InlineMarkup.asciiRemovingEscapes(b) }
        var lo = 0, hi = b.count
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        while lo < hi, isSpace(b[lo]) { lo += 1 }
        while hi > lo, isSpace(b[hi - 1]) { hi -= 1 }
        return String(decoding: b[lo..<hi], as: UTF8.self)
    }

    /// `inlineText` `Character` by `Character`: the reference, and the path for lines that are not plain ASCII.
    static func characterInlineText(_ s: String) -> String {
        // Byte tests first (each a necessary condition: these are single ASCII scalars), then the
        // `Character` tests as before: those cost grapheme breaking or a searcher's set-up on every line.
        // (`LoneASCII` answers the `Character` tests from the bytes unless a joining scalar is next to one.)
        func isMarkup(_ b: UInt8) -> Bool { b == 0x5B || b == 0x2A || b == 0x5F || b == 0x21 || b == 0x3C || b == 0x5C }
        guard s.utf8.contains(where: isMarkup),
              isPlainASCII(s) || LoneASCII.containsAny(s, isMarkup) ?? s.contains(where: { ch in
                  // Each of these is one ASCII scalar, so only a one-byte Character can be one of them.
                  ch.utf8.count == 1 && isMarkup(ch.utf8.first!)
              }) else { return s }
        var t = s
        if t.utf8.containsPair(UInt8(ascii: "]"), UInt8(ascii: "(")) {
            if t.utf8.containsPair(UInt8(ascii: "!"), UInt8(ascii: "[")), LoneASCII.contains(t, "![") ?? t.contains("![") { t = InlineMarkup.removingImages(t) }
            t = InlineMarkup.replacingLinks(t)
        }
        if t.utf8.containsPair(UInt8(ascii: "*"), UInt8(ascii: "*")) && LoneASCII.contains(t, "**") ?? t.contains("**")
            || t.utf8.containsPair(UInt8(ascii: "_"), UInt8(ascii: "_")) && LoneASCII.contains(t, "__") ?? t.contains("__") { t = InlineMarkup.removingBold(t) }
        if t.utf8.contains(UInt8(ascii: "<")), LoneASCII.contains(t, "<") ?? t.contains("<") { t = InlineMarkup.removingTags(t) }
        if t.utf8.contains(UInt8(ascii: "\\")), LoneASCII.contains(t, "\\") ?? t.contains("\\") { t = InlineMarkup.removingEscapes(t) }
        return t.trimmedWhitespace
    }

    /// ASCII without a carriage return: each byte is a `Character`, so a byte test answers a `Character` test.
    static func isPlainASCII(_ s: String) -> Bool {
        !s.utf8.contains { $0 >= 0x80 || $0 == 0x0D }
    }

    /// Page chrome by its markup: a contents entry (a list item that is only a link to an anchor or a page)
    /// or an image alone. (Chrome by its words: `isChromeText`.)
    static func isChromeMarkup(raw: String) -> Bool {
        if raw.utf8.containsPair(UInt8(ascii: "]"), UInt8(ascii: "(")), LinkLine.isContentsEntry(raw) { return true }
        if raw.utf8.first == UInt8(ascii: "!"), raw.hasPrefix("!["), LinkLine.isImageAlone(raw) { return true }  // an image alone
        return false
    }

    /// The line's text opens with a chrome phrase (`ChromeLine`): over its bytes when it is plain ASCII
    /// (each byte a `Character`, lowercasing only A–Z), else `characterChromeText`.
    static func isChromeText(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }  // a blank line, the commonest
        let plain = text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            guard let first = b.first else { return false }
            // The guard of `characterChromeText` (© is not ASCII).
            guard (first >= 0x30 && first <= 0x39) || chromeInitials[Int(first)] else { return false }
            return ChromeLine.matches(ascii: b)
        }
        if let plain = plain ?? nil { return plain }
        // A first `Character` that is not ASCII opens a chrome phrase only as "©" or a number: lowercased, no
        // other one starts with a letter of the phrases (only the Kelvin sign lowercases to ASCII, to "k"),
        // nor becomes a number (a test checks every scalar). Lines of random bytes mostly start so.
        let opensWithCopyright = text.utf8.starts(with: [0xC2, 0xA9]) && text.first == "©"
        if opensWithCopyright { return true }
        // (Read from the first scalar: a `Character` is ASCII only when it starts with an ASCII scalar, and is a
        // number when its first scalar is one. `text.first` cost grapheme breaking on every such line.)
        if let s = text.unicodeScalars.first, s.value >= 0x80, s.properties.numericType == nil { return false }
        // A line that opens with a digit is chrome only as "\d+ min read" or "\d+ comments": with a space.
        if let b = text.utf8.first, b &- 0x30 < 10, !text.utf8.contains(0x20) { return false }
        // The head of the line lowercased, one byte per `Character` (`FoldedHead`): a number folds to "0" (the
        // phrases' `\d+`), a `Character` whose lowercase is one ASCII scalar (the Kelvin sign) to that byte,
        // any other to 0x80, which no phrase, byline or network name holds (the phrases' only non-ASCII
        // `Character`, "©", opens a line: just above). A long line of other text is decided by its head.
        let head = FoldedHead(text, limit: 40) { c in
            if c.isNumber { return UInt8(ascii: "0") }
            let lower = c.lowercased().utf8
            return lower.count == 1 ? lower.first! : 0x80
        }
        guard let first = head.bytes.first, (first >= 0x30 && first <= 0x39) || first < 0x80 && chromeInitials[Int(first)] else { return false }
        let decided = head.bytes.withUnsafeBufferPointer { ChromeLine.matches(ascii: $0, complete: head.isComplete) }
        return decided ?? characterChromeText(text)
    }

    /// The ASCII bytes a chrome phrase may start with: "tcsplawubrfy" in either case.
    static let chromeInitials: [Bool] = (0..<128).map { "tcsplawubrfyTCSPLAWUBRFY".utf8.contains(UInt8($0)) }

    /// `isChromeText` `Character` by `Character`: the reference, and the path for text that is not ASCII.
    static func characterChromeText(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        // Every chrome phrase starts with one of these letters (lowercased), a digit or ©.
        guard first.isNumber || "tcsplawubrfy©TCSPLAWUBRFY".contains(first) || !first.isASCII else { return false }
        return ChromeLine.matches(text.lowercased())
    }

    // MARK: Questions marked in Markdown

    /// Words a question may open with (besides ending in "?").
    static let questionWords = ["what", "how", "why", "when", "which", "explain", "describe", "define", "compare", "differentiate",
                                "distinguish", "contrast", "list", "name", "discuss", "give", "outline", "elaborate"]
    static let asciiQuestionWords: [[UInt8]] = questionWords.map { Array($0.utf8) }

    /// A line that reads as a question: ends in "?" (or "?:"), or opens with a question word. Over the bytes
    /// when the line is plain ASCII (its length is its byte count, its letters A–Z and a–z), else
    /// `characterLooksLikeQuestion`.
    static func looksLikeQuestion(_ text: String) -> Bool {
        guard isPlainASCII(text) else {
            return LineScan.bytesAreCharacters(text, loneCarriageReturns: true) ? scalarLooksLikeQuestion(text) : characterLooksLikeQuestion(text)
        }
        let b = text.utf8, n = b.count
        guard n >= 8, n < 300 else { return false }
        if b.last == UInt8(ascii: "?") || b.last == UInt8(ascii: ":") && b.dropLast().last == UInt8(ascii: "?") { return true }
        guard n < 200 else { return false }
        let word = b.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        return asciiQuestionWords.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 | 0x20 } }
    }

    /// `looksLikeQuestion` of a line whose scalars are each a `Character` (`LineScan.bytesAreCharacters`):
    /// its length is its scalar count, its ends are ASCII bytes, and its first word is the ASCII letters that
    /// open it, unless a letter that is not ASCII goes on with it (no question word has one, nor becomes one
    /// lowercased: only the Kelvin sign lowercases to ASCII, to "k", in no question word).
    static func scalarLooksLikeQuestion(_ text: String) -> Bool {
        let n = text.unicodeScalars.count
        guard n >= 8, n < 300 else { return false }
        let b = text.utf8
        if b.last == UInt8(ascii: "?") || b.last == UInt8(ascii: ":") && b.dropLast().last == UInt8(ascii: "?") { return true }
        guard n < 200 else { return false }
        let word = b.prefix { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        if word.count < b.count, b[b.index(b.startIndex, offsetBy: word.count)] >= 0x80,
           let next = text.unicodeScalars[text.utf8.index(text.utf8.startIndex, offsetBy: word.count)...].first,
           next.properties.isAlphabetic { return false }
        return asciiQuestionWords.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1 | 0x20 } }
    }

    /// The number of `Character`s, counted as bytes when the text is plain ASCII.
    static func characterCount(_ text: String) -> Int {
        isPlainASCII(text) ? text.utf8.count : text.count
    }

    /// `looksLikeQuestion` `Character` by `Character`: the reference, and the path for other text.
    static func characterLooksLikeQuestion(_ text: String) -> Bool {
        guard text.count >= 8, text.count < 300 else { return false }
        if text.hasSuffix("?") || text.hasSuffix("?:") { return true }
        let first = text.prefix { $0.isLetter }.lowercased()
        return ["what", "how", "why", "when", "which", "explain", "describe", "define", "compare", "differentiate",
                "distinguish", "contrast", "list", "name", "discuss", "give", "outline", "elaborate"].contains(first)
            && text.count < 200
    }

    /// "Q1. What…", "1) What…", "Question 3: What…" without the label: over the bytes of tame text
    /// (`QuestionLabel`), else over the folded head of the line (`FoldedLabel`; `regexStripLabel` is the
    /// reference).
    static func stripLabel(_ text: String) -> String {
        let tame = text.utf8.withContiguousStorageIfAvailable { b -> String? in
            guard QuestionLabel.isTame(b) else { return nil }
            guard let first = b.first, first | 0x20 == UInt8(ascii: "q") || QuestionLabel.isDigit(first) else { return text }
            guard let start = QuestionLabel.numberLabel(b) ?? QuestionLabel.questionLabel(b) else { return text }
            return String(decoding: UnsafeBufferPointer(rebasing: b[start...]), as: UTF8.self)
        }
        if let tame = tame ?? nil { return tame }
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "q") || first >= 0x30 else { return text }
        // Both label patterns need whitespace (`\s+`) after the label: a line without any has none to strip.
        guard text.unicodeScalars.contains(where: LineScan.isWhitespace) else { return text }
        return FoldedLabel(text).strippingLabel(text)
    }

    /// The line says it is a question ("Q: …", "Question 4) …"): `Patterns.questionLabelled`, over the bytes
    /// of tame text or the folded head of other text.
    static func isQuestionLabelled(_ text: String) -> Bool {
        let tame = text.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            QuestionLabel.isTame(b) ? QuestionLabel.isLabelled(b) : nil
        }
        if let tame = tame ?? nil { return tame }
        guard text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "q") }) == true,
              text.unicodeScalars.contains(where: LineScan.isWhitespace) else { return false }  // `\s+\S` needs whitespace
        return FoldedLabel(text).isLabelled
    }

    /// `stripLabel` by the regexes: the reference.
    static func regexStripLabel(_ text: String) -> String {
        guard let first = text.first, first == "q" || first == "Q" || first.isNumber else { return text }
        if let m = text.firstMatch(of: Patterns.numberLabel) { return String(m.1) }
        if let m = text.firstMatch(of: Patterns.questionLabel) { return String(m.1) }
        return text
    }

    static func markedQuestions(_ lines: [MarkedLine]) -> ([ImportedNote], [(index: Int, reason: String)]) {
        // Question lines: headings, whole-bold lines, or top-level list items that read as questions.
        // (Loops over the indices: a lazy filter copied each line, two strings retained and released.)
        var baseIndent = Int.max
        for k in lines.indices where lines[k].listItem { baseIndent = min(baseIndent, lines[k].indent) }
        if baseIndent == .max { baseIndent = 0 }
        // Each question also remembers the heading level that ends its answer: its own level for a heading
        // question, else the level of the section heading above it (any heading when there is none).
        var starts: [(line: Int, question: String, endLevel: Int)] = []
        var sectionLevel = 0
        func question(_ l: MarkedLine) -> String? {
            if l.asked { return l.text.isEmpty ? nil : TopicSuffix.split(l.text)?.question ?? l.text }
            var q = stripLabel(l.text)
            // "What is X? [ML Fundamentals]": the bank's topic is a tag, not part of the question.
            if q.utf8.last == UInt8(ascii: "]"), let split = TopicSuffix.split(q) { q = split.question }
            // "When to Use:", "Why It Works:" — a label over what follows, not a question.
            if q.utf8.last == UInt8(ascii: ":"), q.hasSuffix(":"), !q.hasSuffix("?:") { return nil }
            // "Q: Write the derivative…": a line the file labels as a question is one, whatever its wording.
            guard looksLikeQuestion(q) || (q.utf8.count >= 8 && (8..<300).contains(characterCount(q)) && isQuestionLabelled(l.text))
            else { return nil }
            return q.hasSuffix("?:") ? String(q.dropLast()) : q
        }
        // A file that marks at least three questions as headings owns their answers: bold lines and list
        // items under a heading question are part of its answer, not questions of their own.
        // (A loop: a lazy filter's `prefix(3).count` ran `question` up to three times on each heading.)
        var headingQuestions = 0
        for k in lines.indices where lines[k].heading > 0 && !lines[k].inFence && question(lines[k]) != nil {
            headingQuestions += 1
            if headingQuestions == 3 { break }
        }
        let headingsAsk = headingQuestions == 3
        var openHeadingQuestion = 0  // the level of the heading question whose answer we are in, or 0
        // (Over the indices, the flags read in place: a blank line is neither marked nor a heading, and binding
        // each line retained and released its string, on files of tens of thousands of blank lines.)
        for k in lines.indices where !lines[k].inFence && !lines[k].fence && !(lines[k].text.isEmpty && !lines[k].asked && lines[k].heading == 0) {
            let l = lines[k]
            if l.heading > 0, openHeadingQuestion > 0, l.heading <= openHeadingQuestion { openHeadingQuestion = 0 }
            let marked = l.asked || l.heading > 0 || l.emphasised || (l.listItem && l.indent <= baseIndent)
                || (l.indent == 0 && l.text.utf8.first.map { $0 | 0x20 == UInt8(ascii: "q") } == true && l.text.first.map { $0 == "Q" || $0 == "q" } == true
                    && isQuestionLabelled(l.text))
            guard marked, l.heading > 0 || openHeadingQuestion == 0 else { continue }
            if let q = question(l) {
                starts.append((k, q, l.heading > 0 ? l.heading : sectionLevel == 0 ? 6 : sectionLevel))
                if headingsAsk, l.heading > 0 { openHeadingQuestion = l.heading }
            } else if l.heading > 0 {
                sectionLevel = l.heading
            }
        }
        var notes: [ImportedNote] = []
        var skipped: [(index: Int, reason: String)] = []
        // A line of metadata just above a question ("1) Topic: Fundamentals, Level: Advanced") belongs to
        // that question: it leaves the previous answer, and a level it states is the card's level.
        var metadata: [Int: (line: Int, level: Level?)] = [:]
        for (i, s) in starts.enumerated() {
            var k = s.line - 1
            while k >= 0, lines[k].text.isEmpty, !lines[k].inFence, !lines[k].fence { k -= 1 }
            guard k >= 0, i == 0 || k > starts[i - 1].line, !lines[k].inFence, let level = metadataLevel(lines[k].text) else { continue }
            metadata[i] = (k, level)
        }
        // A file that puts a rule between its questions ends its last answer at a rule too (what follows is
        // the page's, e.g. a table of unanswered questions).
        let ruled = starts.count >= 3 && zip(starts, starts.dropFirst()).filter { a, b in
            lines[(a.line + 1)..<b.line].contains { $0.rule }
        }.count * 2 >= starts.count - 1
        for (i, s) in starts.enumerated() {
            var end = i + 1 < starts.count ? starts[i + 1].line : lines.count
            if let m = metadata[i + 1] { end = min(end, m.line) }
            if ruled, i + 1 == starts.count, let r = lines[(s.line + 1)..<end].firstIndex(where: \.rule) { end = r }
            // A heading at the question's level or above (a new section, the page footer) ends the answer;
            // deeper headings ("### Definition") are part of it.
            if let h = lines[(s.line + 1)..<end].firstIndex(where: { $0.heading > 0 && $0.heading <= s.endLevel && !$0.inFence }) { end = h }
            let answer = formatAnswer(lines[(s.line + 1)..<end], listBase: baseIndent)
            let index = i + 1
            if answer.isEmpty {
                skipped.append((index, "no answer under the question (a contents entry?)"))
            } else {
                let id = ((s.line + 1)..<end).lazy.compactMap { lines[$0].id }.first
                let level = metadata[i].flatMap(\.level)
                // A topic bracket's tag joins the topics guessed from the question (nil: guessed on import).
                let topic = lines[s.line].text.utf8.last == UInt8(ascii: "]") ? TopicSuffix.split(lines[s.line].text)?.tag : nil
                let tags = topic.map { t in Topics.tags(question: s.question).filter { $0 != t } + [t] }
                notes.append(ImportedNote(index: index, question: s.question, answer: answer, tags: tags, id: id,
                                          card: level.map { CardFields(level: $0) }))
            }
        }
        return (notes, skipped)
    }

    /// An answer label at the start of `line` ("Answer:", "**A:**", "Solution:", "- *A:* "): the length of
    /// the label with what precedes it, and of the list marker before it (0 when none).
    static func answerLabel(_ line: some StringProtocol) -> (length: Int, marker: Int)? {
        // Over the bytes when the first 41 are ASCII without a line break: then the first 40 `Character`s are
        // the first 40 bytes (the 41st cannot join the 40th).
        let ascii = line.utf8.withContiguousStorageIfAvailable { b -> (length: Int, marker: Int)?? in
            let head = UnsafeBufferPointer(rebasing: b.prefix(40))
            guard !b.prefix(41).contains(where: { $0 >= 0x80 || ($0 >= 0x0A && $0 <= 0x0D) }) else { return nil }
            return .some(QuestionLabel.answerLabel(head))
        }
        if let ascii = ascii ?? nil { return ascii }
        return regexAnswerLabel(line)
    }

    /// `answerLabel` by `Patterns.answerLabelMarked`: the reference, and the path for other lines.
    static func regexAnswerLabel(_ line: some StringProtocol) -> (length: Int, marker: Int)? {
        let head = Substring(line.prefix(40))
        guard head.utf8.contains(where: { $0 == UInt8(ascii: "a") || $0 == UInt8(ascii: "A") || $0 == UInt8(ascii: "s") || $0 == UInt8(ascii: "S") }),
              let m = head.prefixMatch(of: Patterns.answerLabelMarked) else { return nil }
        return (head.distance(from: head.startIndex, to: m.range.upperBound), m.1?.count ?? 0)
    }

    /// For a metadata line ("2) Topic: Fundamentals, Level: Advanced", "Difficulty: easy"): the level it
    /// states, `.some(nil)` when it states none; nil when the line is not metadata.
    static func metadataLevel(_ text: String) -> Level?? {
        // (Byte tests first: fewer than 160 bytes are fewer than 160 `Character`s; a ":" Character is a ":" byte.)
        guard text.utf8.contains(UInt8(ascii: ":")), text.utf8.count < 160 || text.count < 160, text.contains(":"),
              MetadataLine.isMetadata(text) else { return nil }
        guard let m = text.firstMatch(of: Patterns.statedLevel) else { return .some(nil) }
        switch m.1.lowercased() {
        case "basic", "beginner", "easy", "junior", "fresher", "freshers": return .basic
        case "intermediate", "medium", "mid": return .intermediate
        case "advanced", "hard", "expert", "senior", "experienced": return .advanced
        default: return .some(nil)
        }
    }

    static func formatAnswer(_ lines: ArraySlice<MarkedLine>, listBase: Int) -> String {
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
        // "Answer: …", "**A:** …", or a list item under the question "- *A:* …" (the label and the item's
        // marker go; the item's own lines lose the indent it gave them).
        if let first = out.first, let label = answerLabel(first) {
            let itemIndent = first.prefix { $0 == " " }.count + label.marker
            out[0] = String(first.dropFirst(label.length))
            if label.marker > 0 {
                for k in out.indices.dropFirst() where out[k].prefix(while: { $0 == " " }).count >= itemIndent {
                    out[k] = String(out[k].dropFirst(itemIndent))
                }
            }
            if out[0].isEmpty { out.removeFirst(); while out.first?.isEmpty == true { out.removeFirst() } }
        }
        return out.joined(separator: "\n")
    }
}

