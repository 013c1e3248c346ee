import TestSupport
import Testing
@testable import ImportExport

/// `LinkLine` against `Patterns.contentsEntry` and `Patterns.imageAlone` on generated lines: markers,
/// numbers of other scripts, marks on brackets, Unicode spaces and newlines, text around the link.
@Suite struct LinkLineTests {
    @Test func handWrittenMatchersFollowTheRegexes() {
        let heads = ["- ", "* ", "+\t", "1. ", "12) ", "٣. ", "½) ", "1.", "-", "!", "", "x ", "-\u{A0}", "1\u{301}. ", "- \u{2028}", "-\r\n"]
        let texts = ["", "What is x?", "a]b", "é", "\u{FFFD}", "]\u{301}", "[", "(", ")", " ", "\u{7EB}", "\r", "\u{85}"]
        let targets = ["", "#x", "http://a.b/c", "a)b", "(", ")\u{301}", " y ", "\u{2028}"]
        let tails = ["", " ", "\t", "x", " \u{3000}", "\r", ")", "\u{301}", "\u{A0}"]
        var random = SeededRandom(seed: 101)
        var entries = 0, images = 0
        // Mostly well-formed pieces (the first three of each list), so that both outcomes are common.
        func pick(_ pieces: [String]) -> String { random.next(3) == 0 ? pieces[random.next(pieces.count)] : pieces[random.next(3)] }
        for _ in 0..<30_000 {
            let image = random.next(4) == 0
            let line = (image ? pick(["!", "!", "! "]) : pick(heads)) + pick(["[", "[", "[", "\u{FF3B}", "[\u{301}"])
                + (0..<random.next(3)).map { _ in pick(texts) }.joined() + pick(["](", "](", "](", "] (", "]\u{301}("]) + pick(targets)
                + pick([")", ")", ")", "", ")\u{301}"]) + pick(["", " ", "\t"] + tails)
            let entry = line.firstMatch(of: Patterns.contentsEntry) != nil, alone = line.firstMatch(of: Patterns.imageAlone) != nil
            #expect(LinkLine.isContentsEntry(line) == entry, "\(line.debugDescription)")
            #expect(LinkLine.isImageAlone(line) == alone, "\(line.debugDescription)")
            if entry { entries += 1 }
            if alone { images += 1 }
        }
        #expect(entries > 3_000 && entries < 25_000 && images > 500, "\(entries) \(images)")
    }
}
