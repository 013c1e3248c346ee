import TestSupport
import Testing
@testable import ImportExport

@Suite struct MarkdownDeckReaderTests {
    @Test func readsHashcardsBlocks() {
        let text = """
            ---
            name: "Transformers"
            ---

            Q: What does attention compute?
            A: A weighted sum of values,
            weighted by query-key similarity.

            Q: Why scale by sqrt(d)?
            A: To keep the softmax out of saturation.
            ---
            C: The [encoder] reads the input.

            C: Another [cloze].
            Q: What is a token?
            A:
            Q: Multi-line question
            with a second line?
            A: Yes.

            ```python
            # a comment, not a heading
            Q: not a card
            ```
            """
        let r = MarkdownDeckReader.read(text, file: "t.md")
        #expect(r.deckName == "Transformers")
        #expect(r.notes.map(\.question) == ["What does attention compute?", "Why scale by sqrt(d)?", "Multi-line question\nwith a second line?"])
        #expect(r.notes[0].answer == "A weighted sum of values,\nweighted by query-key similarity.")
        #expect(r.notes[2].answer == "Yes.\n\n```python\n# a comment, not a heading\nQ: not a card\n```")
        #expect(r.notes.map(\.index) == [1, 2, 6])
        #expect(r.skipped.map(\.index) == [3, 4, 5])
        #expect(r.warnings == ["2 cloze cards (C:) skipped: dlquiz has no cloze cards"])
    }

    @Test func headingNamesTheDeck() {
        let r = MarkdownDeckReader.read("# Deep Learning\n\nQ: a?\nA: b\n", file: "d.md")
        #expect(r.deckName == "Deep Learning")
        #expect(r.notes.count == 1)
    }

    /// The byte line split gives what the `Character` split it replaced gives, and the byte pre-check for
    /// an escaped marker never says no where the regex says yes.
    @Test func byteLineSplitMatchesTheCharacterSplit() {
        let pieces = ["\n", "\r", "\r\n", "\r\r\n", "a", "Q: x", " Q:", "  A: y", " ---", " # h", " <!--", " x", "é", "e\u{301}",
                      "\n\u{301}", "\u{301}", "😀", " ", "-", "#", ":\u{301}", " \u{301}Q:"]
        var random = SeededRandom(seed: 9)
        for _ in 0..<20_000 {
            let text = (0..<random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let reference = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { line in
                line.last == "\r" ? line.dropLast() : line
            }
            let lines = MarkdownDeckReader.splitLines(text)
            #expect(lines == reference, "\(Array(text.unicodeScalars))")
            for line in lines where line.firstMatch(of: Patterns.escapedMarker) != nil {
                #expect(MarkdownDeckReader.mayBeEscapedMarker(line), "\(Array(line.unicodeScalars))")
            }
        }
    }
}
