import TestSupport
import Testing
@testable import ImportExport

/// `DeckMetaComment` against `Patterns.deckMeta` (the oracle), on comment lines made of ids, tags,
/// separators, `-->`, whitespace and newline characters, and the fuzz finding's shape.
@Suite struct DeckMetaCommentTests {
    @Test func matchesTheRegexItReplaced() {
        let fragments = ["<!--", "<!-- ", "id:", "id: ", "dlquiz ", "dlquiz", "relu", "a b", " ", "  ", "\t", "|", "| ", "tags:", " tags: ",
                         "x, y", "-->", "--", ">", "-", "\r", "\u{85}", "\u{2028}", "é", "a\u{301}", ":"]
        var random = SeededRandom(seed: 9)
        var lines = ["<!-- id: relu | tags: activations, basics -->", "<!-- dlquiz id: x -->", "<!--id:-->", "<!-- id: a --> b -->  ",
                     "<!-- id: a | tags: -->", "<!-- id: a | tags: b | tags: c -->", "<!-- id: a |tags:b-->", "<!-- id: a | tag: b -->",
                     "<!-- dlquizid: a -->", "<!-- id: a\r | tags: b -->", "<!-- id: a | tags: b\r c -->"]
        for _ in 0..<20_000 {
            let head = ["<!-- id: ", "<!-- dlquiz id:", "<!--id:", "<!-- "][random.next(4)]
            lines.append(head + (0..<(random.next(10))).map { _ in fragments[random.next(fragments.count)] }.joined() + ["-->", " --> ", "", "-->\r"][random.next(4)])
        }
        for line in lines {
            let oracle = line.firstMatch(of: Patterns.deckMeta).map { (String($0.1), $0.2.map(String.init)) }
            let parsed = DeckMetaComment.parse(line).map { (String($0.id), $0.tags.map(String.init)) }
            #expect(oracle?.0 == parsed?.0 && oracle?.1 == parsed?.1 && (oracle == nil) == (parsed == nil), "\(line.debugDescription)")
        }
    }

    /// The fuzz finding (Tests/Fuzz/Regressions/meta-comment-tags.md): one comment line of 1.7 KB with
    /// many `| tags:` took 90 ms through the regex; a 64 KB one is read at once.
    @Test func aLongCommentWithManyTagsIsOneComment() {
        let line = "<!-- id: relu" + String(repeating: " | tags: a", count: 6_000) + " -->"
        let parsed = DeckMetaComment.parse(line)
        #expect(parsed?.id == "relu")
        #expect(parsed?.tags?.hasPrefix("a | tags: a") == true)
    }
}
