import Corpus
import Foundation
import TestSupport
import Testing
@testable import ImportExport

/// The article reader's byte paths (`MarkdownLineBytes.step`, `ArticleReader.isChromeText`,
/// `ArticleReader.plainText`) give what the `Character` paths give: line by line in every fence and comment
/// state, and over whole texts (the seed articles, the fuzz seeds, slices of slow fuzz inputs, generated lines).
@Suite struct MarkdownLineBytesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Files whose lines are compared: the deck's articles, the fuzz seeds and regressions, and 24 slices of
    /// 1.5 KB cut from inputs the fuzz bench found slow (repeated Markdown/LaTeX/CSV pieces, random bytes).
    static func files() -> [String] {
        let dirs = ["Data/articles", "Tests/Fuzz/Seeds", "Tests/Fuzz/Regressions", "Tests/ImportExportTests/Fixtures"]
        return dirs.flatMap { dir -> [String] in
            let path = root.appendingPathComponent(dir)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? []
            return names.sorted().compactMap { name in
                (try? Data(contentsOf: path.appendingPathComponent(name))).map { String(decoding: $0, as: UTF8.self) }
            }
        }
    }

    /// Lines made of Markdown pieces, awkward bytes and chrome phrases.
    static func generatedLines() -> [String] {
        let fragments = ["```", "~~~", "<!--", "-->", "<!-- id: x -->", "#", "## ", "####### ", "- ", "* ", "+ ", "+\t", "-\u{0B}", "**", "__",
                         "[a](b)", "![i](x.png)", "{#a}", "}", "share", " this", " on", "by john doe", "by j. doe on x", "12 min read",
                         "3 comments", "Facebook", " twitter", " ", "  ", "\t", "\r", "\u{0C}", "\0", "é", "e\u{301}", "\u{301}", "\u{FEFF}",
                         "Q1. ", "q: ", "What is x?", "---", "***", "_ _ _", "-", "*", "_", "Table of Contents", "TWEET", "©", "٣", "7",
                         "\u{85}", "\u{A0}", ":", "p", "Pin it", "Contents", "comments", "<b>", "</b>", "\\*", "\\", "**A:**", "Log in",
                         "email", "Sign up", "\u{1F600}", "x", "ab", "$x_1$", "\u{FFFD}", "ŋ", "—", "•", "\u{600}", "\u{2028}", "中",
                         "\u{AC00}", "\u{1100}", "\u{212A}", "é = ŋ", "#\u{301}", "-\u{301}", "*\u{FFFD}*", "**é**", "__\u{FFFD}__:",
                         " \u{301}", "]\u{301}(", "*\u{301}*", "\r\n", "\u{85}", "**\u{5A4}**", "\u{5A4}", "`\u{301}``", "\u{2028}- x", "#\u{A0}x"]
        var random = SeededRandom(seed: 2026)
        var lines = ["", " ", "p", "#", "# ", "#x", "- ", "-", "--", "---", "- - -", "*\t*\t*", "```swift", "  ~~~", "<!--", "-->",
                     "a -- > b", String(repeating: "p", count: 5000), String(repeating: "- ", count: 300), "\r", "a\r", "\r\n",
                     "x\r\ny", "  - item", "\t* item", "###### Q: What {#q}", "**What is x?**", "__Why?__:", "1. What?"]
        for _ in 0..<20_000 { lines.append((0..<(1 + random.next(8))).map { _ in fragments[random.next(fragments.count)] }.joined()) }
        return lines
    }

    /// `LineScan.bytesAreCharacters`, which lets the byte path read lines of other text: on such a line each
    /// scalar is one `Character` (so each ASCII byte is), and no `Character` outside ASCII is whitespace.
    @Test func linesThatPassTheByteTestHaveOneCharacterPerScalar() {
        var passed = 0, refused = 0, withCR = 0
        for line in Self.generatedLines() + ["a\rb", "\r", "a\r\nb", "\r\r", "é\r", "\r\u{301}"] {
            for lone in [false, true] {
                let ok = line.utf8.withContiguousStorageIfAvailable { LineScan.bytesAreCharacters($0, loneCarriageReturns: lone) } ?? false
                guard ok else { refused += 1; continue }
                passed += 1
                if lone, line.utf8.contains(0x0D) { withCR += 1 }
                #expect(line.count == line.unicodeScalars.count, "\(line.debugDescription)")
                #expect(!line.contains { !$0.isASCII && $0.isWhitespace }, "\(line.debugDescription)")
                #expect(lone || !line.utf8.contains(0x0D))
            }
        }
        #expect(passed > 10_000 && refused > 2_000 && withCR > 100)
    }

    /// The rule test over the bytes against the set of the line's `Character`s.
    @Test func rulesMatchTheCharacterTest() {
        var rules = 0
        for line in Self.generatedLines() + ["---", "- - -", "***", "* * *", "___", "--", "-\t-\t-", "--- ", "—-—", "-\u{301}--", "-- -x", "_ _ _ _"] {
            let trimmed = line.trimmedWhitespace
            #expect(ArticleReader.isRule(trimmed) == ArticleReader.characterIsRule(trimmed), "\(trimmed.debugDescription)")
            if ArticleReader.isRule(trimmed) { rules += 1 }
        }
        #expect(rules > 100)
    }

    /// The per-line structs stay small: a 64 KB file of blank lines is 65,536 of each.
    @Test func lineStructsStaySmall() {
        #expect(MemoryLayout<ArticleReader.MarkedLine>.stride == 32)
        // What the packed fields read back.
        let idLine = ArticleReader.MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false, id: "q-7")
        #expect(idLine.text == "" && idLine.id == "q-7")
        let line = ArticleReader.MarkedLine(text: "q-7", heading: 6, emphasised: true, listItem: false, indent: 70_000, fence: false, inFence: true)
        #expect(line.text == "q-7" && line.id == nil && line.heading == 6 && line.indent == 70_000 && line.emphasised && line.inFence)
        #expect(line != idLine)
    }

    @Test func byteStepMatchesTheReferenceLineByLine() {
        var lines = Self.generatedLines()
        for text in Self.files() { lines += LineSplit.lines(text) }
        var fast = 0
        for line in lines {
            for (inFence, inComment) in [(false, false), (true, false), (false, true), (true, true)] {
                guard let step = MarkdownLineBytes.step(line, inFence: inFence, inComment: inComment) else { continue }
                fast += 1
                #expect(step == ArticleReader.referenceStep(line, inFence: inFence, inComment: inComment), "\(line.debugDescription) \(inFence) \(inComment)")
            }
        }
        #expect(fast > lines.count * 2)  // the byte path reads most of these lines
    }

    @Test func markedLinesAndPlainTextMatchTheReference() {
        var texts = Self.files()
        var plain = 0
        let generated = Self.generatedLines()
        for k in stride(from: 0, to: generated.count, by: 500) { texts.append(generated[k..<min(generated.count, k + 500)].joined(separator: "\n")) }
        for text in texts {
            let lines = ArticleReader.markedLines(text)
            #expect(lines == ArticleReader.markedLines(text, bytePath: false))
            #expect(ArticleReader.plainText(lines) == ArticleReader.referencePlainText(lines))
            // The lines given to the general importers unjoined are the joined text's lines.
            if let split = ArticleReader.plainLines(lines) {
                #expect(Array(split) == LineSplit.lines(ArticleReader.plainText(lines)))
                plain += 1
            }
        }
        #expect(plain > 20)  // the files, and generated texts without a carriage return
    }

    @Test func emphasisAndInlineTextMatchTheCharacterPaths() {
        let pieces = ["**", "__", "*", "_", "Q1.", "Q", "12)", "3.", " ", "\t", "x", "What?", ":", ".", "\u{0B}", "[a](b)", "![i](c)", "<b>",
                      "</i>", "<br/>", "<bx", "<b.c>", "\\*", "\\[", "\\q", "\\", "](", "(", ")", "]", "[", "!", "a", "é", "{#x}", "#",
                      "\r", "*\u{301}", "\u{600}*", "_\u{200D}", " \u{A0}",
                      "\u{1FEF}", "\\\u{1FEF}", "\u{212A}", "\u{37E}", "\u{80}", "\u{FFFD}", "中", "[\u{FFFD}](#x)", "![\u{FFFD}](y)", "**中**"]
        var random = SeededRandom(seed: 9)
        var emphasised = 0
        for k in 0..<40_000 {
            let line = (k % 2 == 0 ? ["**", "__"][random.next(2)] : "") + (0..<(1 + random.next(7))).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(ArticleReader.inlineText(line) == ArticleReader.characterInlineText(line), "\(line.debugDescription)")
            guard ArticleReader.isPlainASCII(line), !line.utf8.contains(where: { $0 >= 0x0A && $0 <= 0x0C }) else { continue }
            let bytes = line.utf8.withContiguousStorageIfAvailable { MarkdownLineBytes.isEmphasised($0[...]) }
            #expect(bytes == ArticleReader.isEmphasised(line), "\(line.debugDescription)")
            if bytes == true { emphasised += 1 }
        }
        #expect(emphasised > 150)  // of 40k lines (the plain ASCII ones checked here): both outcomes are exercised
    }

    @Test func anchorRemovalFollowsTheRegex() {
        let pieces = ["{#", "}", "{", "#", " ", "\t", "x", "What?", "\u{0B}", "é", "{#a}", "}\u{301}", "a b"]
        var random = SeededRandom(seed: 13)
        var removed = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + random.next(7))).map { _ in pieces[random.next(pieces.count)] }.joined() + ["}", "{#x}", " {#y}", ""][random.next(4)]
            let expected = text.replacing(Patterns.anchor, with: "")
            #expect(MarkdownLineBytes.removingAnchor(text) == expected, "\(text.debugDescription)")
            if expected != text { removed += 1 }
        }
        #expect(removed > 2_000)
    }

    @Test func chromeTextMatchesTheCharacterPath() {
        for line in Self.generatedLines() {
            let text = line.trimmedWhitespace
            #expect(ArticleReader.isChromeText(text) == ArticleReader.characterChromeText(text), "\(text.debugDescription)")
        }
        for chrome in ["Table of Contents", "by John Doe", "Share this article", "Facebook Twitter Email", "12 min read", "COMMENTS", "Pin it"] {
            #expect(ArticleReader.isChromeText(chrome))
        }
        #expect(!ArticleReader.isChromeText("Email Twitter") && !ArticleReader.isChromeText("Facebook twitter ") && !ArticleReader.isChromeText("p"))
        for line in ["\u{212A}", "İ", "Ⅻ min read", "7\u{301} min read", "٣ comments", "t\u{301}able of contents", "©2026", "\u{FEFF}Share", "é"] {
            #expect(ArticleReader.isChromeText(line) == ArticleReader.characterChromeText(line), "\(line.debugDescription)")
        }
        // Chrome phrases with text that is not ASCII in them or after them: the folded head decides.
        let phrases = ["Table of Contents", "by John Doe", "by j. doe on x", "Share this article", "share", "Facebook Twitter", "12 min read",
                       "3 comments", "Comments", "contents:", "Log in", "©2026", "Tweet", "Related posts"]
        let foreign = ["é", "e\u{301}", "\u{301}", "\u{212A}", "İ", "Ⅻ", "٣", "\u{A0}", "\u{2003}", "\u{FFFD}", "\u{1F600}", "\r\n", "©", "Σ"]
        var random = SeededRandom(seed: 29)
        var chromeLines = 0, lines = 0
        for _ in 0..<20_000 {
            var characters = Array(phrases[random.next(phrases.count)])
            for _ in 0..<(1 + random.next(2)) {
                characters.insert(contentsOf: Array(foreign[random.next(foreign.count)]), at: random.next(characters.count + 1))
            }
            let line = String(characters) + (random.next(2) == 0 ? "" : String(repeating: "x", count: random.next(60)))
            let expected = ArticleReader.characterChromeText(line)
            #expect(ArticleReader.isChromeText(line) == expected, "\(line.debugDescription)")
            lines += 1
            if expected { chromeLines += 1 }
        }
        #expect(chromeLines > 2_000 && chromeLines < lines - 2_000)
        // What `isChromeText` relies on: lowercased, no `Character` outside ASCII (but "©" and numbers) starts
        // with the first letter of a phrase, a byline or a network's name ("email" too), with "©", or a number.
        let initials = Set("tcsplawubrfye©")
        for value in 0x80...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !Character(scalar).isNumber, Character(scalar) != "©",
                  let lower = String(scalar).lowercased().first else { continue }
            #expect(!initials.contains(lower) && !lower.isNumber, "\(value)")
        }
    }
}
