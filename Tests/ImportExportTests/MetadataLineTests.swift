import TestSupport
import Testing
@testable import ImportExport

/// `MetadataLine` against `Patterns.metadataLine` on generated lines of labels, keys, colons, commas and
/// values of every length around the limit, with text that is not ASCII in keys, labels and values.
@Suite struct MetadataLineTests {
    @Test func handWrittenMatcherFollowsTheRegex() {
        let labels = ["", "", "1.", "12)", "1234.", "12345.", "1٣.", "٣.", "7", "3) ,", "2.  ", "1:"]
        let keys = ["Topic", "LEVEL", "level", "tags", "tag", "Tagz", "difficulty", "Source", "section", "ſection", "Leve\u{212A}", "category", "x level", "é", ""]
        let colons = [":", " : ", ":  ", "", "::", "\t:"]
        let values = ["Fundamentals", "a, b", String(repeating: "x", count: 39), String(repeating: "x", count: 40), String(repeating: "x", count: 41),
                      String(repeating: "é", count: 40), String(repeating: "é", count: 41), "\u{FFFD}", " ", "", "  y  ", "a,", ",", "easy", "中文"]
        var random = SeededRandom(seed: 97)
        var matched = 0, decided = 0
        for _ in 0..<30_000 {
            var line = labels[random.next(labels.count)] + [" ", ""][random.next(2)]
            // Mostly well-formed pieces, so that both outcomes are common.
            func pick(_ pieces: [String]) -> String { random.next(3) == 0 ? pieces[random.next(pieces.count)] : pieces[random.next(3)] }
            for k in 0..<(1 + random.next(random.next(2) == 0 ? 2 : 6)) {
                if k > 0 { line += pick([", ", ",", " ,", "; "]) }
                line += pick(keys) + pick(colons) + pick(values)
            }
            line += pick(["", " ", "\t", "x"])
            let want = line.firstMatch(of: Patterns.metadataLine) != nil
            #expect(MetadataLine.isMetadata(line) == want, "\(line.debugDescription)")
            if want { matched += 1 }
            var copy = line
            if copy.withUTF8({ MetadataLine.matches($0) }) != nil { decided += 1 }
        }
        #expect(matched > 5_000 && matched < 25_000, "\(matched)")
        #expect(decided > 20_000)  // the hand-written matcher decides most lines
    }
}
