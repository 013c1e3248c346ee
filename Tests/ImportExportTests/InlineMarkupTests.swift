import TestSupport
import Testing
@testable import ImportExport

/// `InlineMarkup` against the regexes it replaced (the oracles, under `replacing`), on generated lines
/// full of brackets, parentheses, emphasis, escapes and tags, including the fuzz finding's shape.
@Suite struct InlineMarkupTests {
    static func lines() -> [String] {
        let fragments = ["[", "]", "(", ")", "![", "](", "!", "*", "**", "_", "__", "\\", "\\*", "\\[", "\\q", "<", ">", "<b>", "</b>", "<br/>",
                         "<bx", "<b.c>", "<span class=x>", "</", "a", "b", " ", "é", "a\u{301}", "]\u{301}", "<i", "sub", "x.y", "`", "#", "-",
                         ">\u{301}", "<\u{301}", "b\u{301}", "\u{600}", "\u{AD}", "'", "<b'c>", "\r\n", "\u{1F600}", "<b\u{200D}>",
                         "\\\u{301}", "\\*\u{301}", "\u{600}\\*", "\\\\", "\u{1FEF}", "\u{37E}", "\u{5C7}", "\u{FFFD}", "\\\u{1FEF}"]
        var random = SeededRandom(seed: 5)
        var lines = ["see [the docs](http://x) and ![img](a.png)", "[[[[](", "[a]b](c)", "![a](b", "***bold***", "_a__b_", "\\\\*x\\*",
                     "<b>x</b> <bx> <b.c> <br > <a href='x'>y</a> <b", "x > y < z", "[a](b)(c)) [d]"]
        for _ in 0..<20_000 { lines.append((0..<(1 + random.next(12))).map { _ in fragments[random.next(fragments.count)] }.joined()) }
        return lines
    }

    /// `isEscapable` against the escape regex, on every scalar up to U+2FFF (where the scalars canonically
    /// equivalent to ASCII ones lie: U+037E, U+1FEF, U+212A) and on marks after an escapable one.
    @Test func escapableCharactersMatchTheRegex() {
        var escapable = 0
        for value in 0...0x2FFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let regex = ("\\" + String(s)).wholeMatch(of: Patterns.escape) != nil
            if InlineMarkup.isEscapable(Character(s)) != regex { Issue.record("U+\(String(value, radix: 16))") }
            if regex { escapable += 1 }
        }
        #expect(escapable == 15)
        #expect(!InlineMarkup.isEscapable("*\u{301}") && ("\\*\u{301}").wholeMatch(of: Patterns.escape) == nil)
        #expect(InlineMarkup.removingEscapes("a\\\u{1FEF}b") == "a\\\u{1FEF}b")
    }

    @Test func matchesTheRegexesTheyReplaced() {
        for line in Self.lines() {
            #expect(InlineMarkup.removingImages(line) == line.replacing(Patterns.image, with: ""), "\(line.debugDescription)")
            #expect(InlineMarkup.replacingLinks(line) == line.replacing(Patterns.link) { String($0.1) }, "\(line.debugDescription)")
            #expect(InlineMarkup.removingBold(line) == line.replacing(Patterns.bold, with: ""), "\(line.debugDescription)")
            #expect(InlineMarkup.removingEscapes(line) == line.replacing(Patterns.escape) { String($0.1) }, "\(line.debugDescription)")
            #expect(InlineMarkup.characterRemovingEscapes(line) == line.replacing(Patterns.escape) { String($0.1) }, "\(line.debugDescription)")
            #expect(InlineMarkup.removingTags(line) == line.replacing(Patterns.tag, with: ""), "\(line.debugDescription)")
            // The byte forms, on plain ASCII lines.
            guard ArticleReader.isPlainASCII(line) else { continue }
            let b = Array(line.utf8)
            func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
            #expect(text(InlineMarkup.asciiRemovingImages(b)) == line.replacing(Patterns.image, with: ""), "\(line.debugDescription)")
            #expect(text(InlineMarkup.asciiReplacingLinks(b)) == line.replacing(Patterns.link) { String($0.1) }, "\(line.debugDescription)")
            #expect(text(InlineMarkup.asciiRemovingBold(b)) == line.replacing(Patterns.bold, with: ""), "\(line.debugDescription)")
            #expect(text(InlineMarkup.asciiRemovingEscapes(b)) == line.replacing(Patterns.escape) { String($0.1) }, "\(line.debugDescription)")
        }
    }

    /// The fuzz finding: a Markdown question whose answer line is 64 KB of `[` before one `](`; the link
    /// regex rescanned the line from every `[`. Read in full, it still becomes the one card.
    @Test func aLineOfOpenBracketsIsOneAnswer() {
        let text = "## What is x?\n" + String(repeating: "[", count: 65_000) + "]("
        let result = ArticleReader.read(text, file: "f")
        #expect(result.notes.map(\.question) == ["What is x?"])
        #expect(result.notes.first?.answer.count == 65_002)
    }
}
