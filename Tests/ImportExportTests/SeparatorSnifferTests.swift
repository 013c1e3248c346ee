import TestSupport
import Testing
@testable import ImportExport

/// Delimited text with no `#separator:` header, in layouts seen in real exported decks: the separator
/// is the one that splits every line alike, outside quotes.
@Suite struct SeparatorSnifferTests {
    /// A semicolon deck of quoted fields whose answers hold commas, with a stray quote mid-field on one
    /// row: Anki reads two fields per row, so must we, whether the file is named `.txt` or `.csv`.
    static let semicolonDeck = [
        "\"\"sometimes, a quote opens“\";\"..., and commas follow\"",
        "\"Apfel\";\"apple - fruit, red or green\"",
        "\"Birne\";\"pear - fruit\"",
        "\"Kirsche\";\"cherry - small, red\"",
    ].joined(separator: "\n")

    @Test func semicolonRowsInATxtFileAreAnkiText() throws {
        #expect(ImportFormat.detect(path: "vocab.txt", text: Self.semicolonDeck) == .csv)
        let r = try AnkiTextReader.read(Self.semicolonDeck, file: "vocab.txt", format: .csv)
        #expect(r.notes.map(\.question) == ["sometimes, a quote opens“\"", "Apfel", "Birne", "Kirsche"])
        #expect(r.notes.map(\.answer) == ["..., and commas follow", "apple - fruit, red or green", "pear - fruit", "cherry - small, red"])
        #expect(r.skipped.isEmpty && r.warnings.isEmpty)
    }

    @Test func semicolonRowsInACsvFileAreNotSplitAtCommas() throws {
        let r = try AnkiTextReader.read(Self.semicolonDeck, file: "vocab.csv", format: .csv)
        #expect(r.notes.count == 4)
        #expect(r.notes[1].answer == "apple - fruit, red or green")
    }

    @Test func theFormatsOwnSeparatorWinsWhenItSplitsEveryLine() throws {
        // One comma per row and one semicolon inside every answer: a .csv is read with commas.
        let text = "What is L1?,Sum of |w|; sparse\nWhat is L2?,Sum of w²; smooth\n"
        let r = try AnkiTextReader.read(text, file: "x.csv", format: .csv)
        #expect(r.notes.map(\.answer) == ["Sum of |w|; sparse", "Sum of w²; smooth"])
    }

    @Test func proseIsStillAnArticle() {
        // Commas outside quotes, or a semicolon on fewer than three lines, do not make a deck.
        let prose = "1. What is a gizmo?\nA gizmo, in short, is a tool.\n\n2. Why use one?\nIt saves time, mostly.\n\n3. When not?\nWhen it breaks, rarely.\n"
        #expect(ImportFormat.detect(path: "notes.txt", text: prose) == .article)
        #expect(ImportFormat.detect(path: "notes.txt", text: "Intro; a note.\nMore; text.\n") == .article)
    }

    @Test func separatorsInsideQuotesAreNotCounted() {
        #expect(SeparatorSniffer.count(UInt8(ascii: ";"), in: Array("\"a;b\";\"c\"".utf8)[...]) == 1)
        #expect(SeparatorSniffer.count(UInt8(ascii: ","), in: Array("\"a,b\",\"c,d\",e".utf8)[...]) == 2)
    }

    /// The byte line split that feeds the sniffer gives what `split(separator: "\n")` gives: a "\r\n" is one
    /// `Character` (no split), a line feed never joins what follows, empty lines go.
    @Test func headLinesMatchTheCharacterSplit() {
        let pieces = ["\n", "\r", "\r\n", "\n\n", "a", "b;c", "\t", "é", "e\u{301}", "\n\u{301}", "\u{301}", "\r\r\n", "😀", " ", "#x"]
        var random = SeededRandom(seed: 5)
        for _ in 0..<20_000 {
            let text = (0..<random.next(12)).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(ImportFormat.headLines(Substring(text), limit: .max) == text.split(separator: "\n", omittingEmptySubsequences: true),
                    "\(Array(text.unicodeScalars))")
        }
    }

    /// The byte sniff of a whole text gives what sniffing its `headLines` gives (the last one dropped
    /// or not), on generated texts of rows, comments, blank lines and quotes, some of them over 200 lines.
    @Test func byteSniffMatchesTheSniffOfTheLines() {
        let pieces = ["\t", ";", ",", "|", "\"", "\"\"", "a", "b c", "\n", "\n", "\r\n", "\r", "#", " ", "é", "\u{A0}", "\u{301}", "#\u{301}",
                      "a\tb\n", "a;b\n", "\"x,y\",z\n", "\n\n"]
        var random = SeededRandom(seed: 47)
        var sniffed = 0
        for k in 0..<6_000 {
            // A few texts of many alike rows, so that the 200-line limit and the dropped last line decide.
            let text = k % 20 == 0
                ? String(repeating: ["a\tb\n", "a;b\n", "x,y\n"][random.next(3)], count: 150 + random.next(120)) + ["a\tb", "a;b;c", "", "x\n"][random.next(4)]
                : (0..<random.next(30)).map { _ in pieces[random.next(pieces.count)] }.joined()
            for dropping in [false, true] {
                for preferred in [nil, UInt8(ascii: ","), UInt8(0x09)] {
                    let lines = Array(ImportFormat.headLines(Substring(text), limit: .max).dropLast(dropping ? 1 : 0))
                    let want = SeparatorSniffer.sniff(lines, preferred: preferred)
                    #expect(SeparatorSniffer.sniff(text: text, droppingLastLine: dropping, preferred: preferred) == want, "\(text.debugDescription)")
                    if want != nil { sniffed += 1 }
                }
            }
        }
        #expect(sniffed > 3_000)
    }

    /// `isDataLine` against the `Character` test it stands for, on blank, comment and other lines.
    @Test func dataLinesAreTheLinesWithText() {
        let pieces = [" ", "\t", "\r", "\r\n", "\u{0B}", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}", "#", "#\u{301}", "\u{301}", " \u{301}", "x", "é", "\u{1C}"]
        var random = SeededRandom(seed: 23)
        var data = 0
        for _ in 0..<20_000 {
            let line = (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let want = !line.hasPrefix("#") && line.contains { !$0.isWhitespace }
            #expect(SeparatorSniffer.isDataLine(line) == want, "\(line.debugDescription)")
            if want { data += 1 }
        }
        #expect(data > 4_000 && data < 16_000)
    }
}

/// `ImportFormat.detect`'s byte helpers against the `Character` code they stand in for.
@Suite struct FormatDetectionHeadTests {
    @Test func headLinesAndFirstNonWhitespaceMatchTheCharacterCode() {
        let pieces = ["\n", "\n", "\r\n", "\r", " ", "\t", " \u{301}", "\u{A0}", "{", "[", "a", "#separator:Tab", "Q: x", "é", "\u{600}", "\n\u{301}", "\u{2028}"]
        var random = SeededRandom(seed: 137)
        var split = 0
        for k in 0..<10_000 {
            let text = k % 50 == 0 ? String(repeating: "x\n", count: 150 + random.next(120)) + "y"
                : (0..<random.next(14)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let head = Substring(text)
            for limit in [200, 3] {
                let want = Array(head.split(separator: "\n", maxSplits: limit, omittingEmptySubsequences: true).prefix(limit))
                #expect(ImportFormat.headLines(head, limit: limit) == want, "\(text.debugDescription)")
                if want.count > 1 { split += 1 }
            }
            #expect(ImportFormat.firstNonWhitespace(head) == head.first { !$0.isWhitespace }, "\(text.debugDescription)")
        }
        #expect(split > 5_000)
    }
}
