import TestSupport
import Testing
@testable import Corpus

/// The hand-written line scanners against the regular expressions they replaced (the oracle), on
/// generated lines built from the fragments those patterns care about: numbering, labels, odd spaces and
/// newline characters, digits that are not ASCII, combining marks, the Kelvin sign (which `(?i)` folds to k).
@Suite struct ScannerOracleTests {
    static let fragments: [String] = [
        "Q", "q", "1", "23", "456", "7890", "٣", "²", ".", ")", ":", "-", " ", "  ", "\t", "\u{A0}", "\r", "\u{2028}", "\u{0C}",
        "answer", "Answer", "ANSWER", "answe\u{301}r", "\u{212A}", "share this post", "Subscribe", "go up", "Go Up", "leave a ",
        "reply", "comment", "similar posts", "x", "What is it?", "a\u{301}", "é", "_", "(", "bb", "p", "ab", "abcd", "\\", "{", "}",
        "\\alpha", "alpha", "\\sum", "_{i=1}", "^{n}", "w_{i}x_{i}", "z", "=", "+ b", "$", "\\begin{cases}", "\\end{cases}", "\\frac",
        "i=1nwixi", "questions", "Questions", "QUESTIONS", "Basic", "Level", "\u{200B}", "'", "import ", "def ", "return", "#", "@",
    ]

    /// `count` lines of 1–7 fragments, deterministic.
    static func lines(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in (0..<(1 + random.next(7))).map { _ in fragments[random.next(fragments.count)] }.joined() }
    }

    /// Numbered lines with text that is not ASCII where the regex's `Character` semantics matter: numbers
    /// that are not ASCII digits, combining marks on digits and marks, Unicode spaces and newlines.
    @Test func numberingOfTextThatIsNotASCIIMatchesItsRegex() {
        let heads = ["Q", "q", "Q\u{301}", "", "é"], spaces = ["", " ", "\u{A0}", "\u{3000}", "\t", "  "]
        let numbers = ["1", "12", "123", "1234", "٣", "\u{BD}", "1\u{301}", "\u{FF11}", "1٣", "٣1", "1\u{301}2", ""], marks = [".", ")", ":", ".\u{301}", "\u{FF0E}", "x"]
        let pieces = [" ", "\u{A0}", "\u{3000}", "1", "é", "\u{FFFD}", "What is x?", "\u{2028}", "\r\n", "\u{85}", "\u{200D}", "\u{301}", "x"]
        var random = SeededRandom(seed: 41)
        var parsed = 0
        for _ in 0..<10_000 {
            let text = heads[random.next(heads.count)] + spaces[random.next(spaces.count)] + numbers[random.next(numbers.count)] + marks[random.next(marks.count)]
                + (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let m = text.firstMatch(of: /^(?:Q|q)?\s?(\d{1,3})[.):]\s*(.*)$/).flatMap { m in Int(m.1).map { ($0, String(m.2)) } }
            let n = NumberedQuestion.parse(text)
            #expect(n?.number == m?.0 && n?.rest == m?.1, "\(text.debugDescription)")
            #expect(n?.number == NumberedQuestion.characterParse(text)?.number, "\(text.debugDescription)")
            if m != nil { parsed += 1 }
        }
        #expect(parsed > 400 && parsed < 9_000)  // both outcomes
    }

    /// `LineScan.isWhitespace`'s list against the White_Space property, on every scalar and on `Character`s
    /// that join a mark to a space.
    @Test func whitespaceListMatchesTheProperty() {
        var spaces = 0
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(LineScan.isWhitespace(scalar) == scalar.properties.isWhitespace, "\(value)")
            if LineScan.isWhitespace(Character(scalar)) != Character(scalar).isWhitespace { Issue.record("\(value)") }
            if scalar.properties.isWhitespace { spaces += 1 }
        }
        #expect(spaces == 25)
        for c: Character in [" \u{301}", "\u{A0}\u{308}", "\r\n", "e\u{301}", "\u{3000}\u{200D}"] {
            #expect(LineScan.isWhitespace(c) == c.isWhitespace, "\(c.debugDescription)")
        }
    }

    /// `TextCleaner.isDecoration` looks the emoji property up only in U+231A–U+25FE: on every scalar, the
    /// same answer as the property with the blocks it lists.
    @Test func decorationsMatchTheEmojiProperty() {
        for value in 0...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let listed: Bool
            switch value {
            case 0xFE00...0xFE0F, 0x200D, 0x20E3, 0x2600...0x27BF, 0x2B00...0x2BFF, 0x1F000...0x1FAFF: listed = true
            default: listed = false
            }
            if TextCleaner.isDecoration(s) != (TextCleaner.isBulletGlyph(s) || listed || s.properties.isEmojiPresentation) { Issue.record("\(value)") }
        }
    }

    /// `TextCleaner.isBulletGlyph`'s values are the glyphs it names, on every scalar.
    @Test func bulletGlyphsAreTheListedOnes() {
        let glyphs = "•◦▪▫●○■□►▶‣⁃∙·–—-*".unicodeScalars
        for value in 0...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            if TextCleaner.isBulletGlyph(s) != glyphs.contains(s) { Issue.record("U+\(String(value, radix: 16))") }
        }
    }

    @Test func numberingMatchesItsRegex() {
        func oracle(_ text: String) -> (Int, String)? {
            guard let m = text.firstMatch(of: /^(?:Q|q)?\s?(\d{1,3})[.):]\s*(.*)$/), let n = Int(m.1) else { return nil }
            return (n, String(m.2))
        }
        for line in Self.lines(4_000, seed: 1) + ["Q12. What?", "q 3) x", "1234. no", "7:", "٣. x", "12.\rx", "Q\u{A0}1. y"] {
            let got = NumberedQuestion.parse(line), want = oracle(line)
            #expect(got?.number == want?.0 && got?.rest == want?.1, "\(line.debugDescription)")
        }
    }

    @Test func answerMarkerMatchesItsRegex() {
        for line in Self.lines(4_000, seed: 2) + ["Answer: yes", "ANSWER :x", "answer\u{A0}: \ry", "Answers: no", "answer"] {
            let want = line.firstMatch(of: /^(?i:answer)\s*:\s*(.*)$/).map { String($0.1) }
            #expect(QAImporter.answerMarker(line) == want, "\(line.debugDescription)")
        }
    }

    @Test func boilerplateMatchesItsRegex() {
        for line in Self.lines(4_000, seed: 3) + ["Go up", "go up!", "Share this post on X", "leave a reply", "Subscribed"] {
            let want = line.firstMatch(of: /^(?i:share this post|enquire now|similar posts|related posts|thank you for reading|to improve your chances|unlock interview insights|associated course|go up$|subscribe|leave a (comment|reply))/) != nil
            #expect(Boilerplate.endsArticle(line) == want, "\(line.debugDescription)")
        }
    }

    @Test func sectionHeadingsMatchTheirRegex() {
        for line in Self.lines(4_000, seed: 4) + ["Basic Level Questions", "Advanced Questions:", "FAQuestions", "x.questions", "Questions :"] {
            let want = line.firstMatch(of: /(?i)\bquestions\s*:?$/) != nil
            #expect(SectionHeading.endsWithQuestions(line) == want, "\(line.debugDescription)")
        }
    }

    /// Level headings with text that is not ASCII: the scalar path (`bytesAreCharacters`) and the
    /// `Character` path agree on the level and the title.
    @Test func sectionHeadingsOfOtherTextMatchTheCharacterPath() {
        let pieces = ["Basic", "Intermediate", "ADVANCED", "expert", "Fresher", "beginner", "Experienced", "Level", " ", "é", "\u{FFFD}", "İ",
                      "\u{212A}", "ſ", "中", "\u{301}", "\u{A0}", "?", "x", "_", ".", "٣", "bas", "ic", "\u{80}"]
        let ends = ["Questions", "questions:", "Questions :", "QUESTIONS", "Questions?", "Question", "éQuestions", "_questions", "٣questions", " Questions\u{301}"]
        var random = SeededRandom(seed: 71)
        var headings = 0
        for _ in 0..<20_000 {
            let line = (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined(separator: ["", " "][random.next(2)])
                + [" ", ""][random.next(2)] + ends[random.next(ends.count)]
            let fast = SectionHeading.level(line), reference = SectionHeading.characterLevel(line)
            #expect(fast?.level == reference?.level && fast?.title == reference?.title, "\(line.debugDescription)")
            #expect(SectionHeading.endsWithQuestions(line) == SectionHeading.characterEndsWithQuestions(line), "\(line.debugDescription)")
            if reference != nil { headings += 1 }
        }
        #expect(headings > 3_000 && headings < 17_000)
    }

    @Test func codeShapeMatchesItsRegex() {
        for line in Self.lines(4_000, seed: 5) + ["x = 1", "model.fit(x)", "])", "for i in x:", "Return value", "print(1)"] {
            let want = line.firstMatch(of: /^(import |from \S+ import|def |class \w+|return\b|for .+:$|if .+:$|while .+:$|#|@\w|[\w.\[\]]+(, *\w+)* *(=|\+=|-=|\*=) *\S|[\w.]+\(.*\)$|\]\)?$|\)$|super\(|print\()/) != nil
            #expect(CodeShape.looksLikeCode(line) == want, "\(line.debugDescription)")
        }
    }

    /// `FormulaCleaner.sameCharacter` is `==` on every pair of awkward `Character`s.
    @Test func sameCharacterIsEquality() {
        let characters: [Character] = ["a", "K", "k", "\u{212A}", "é", "e\u{301}", "\u{E9}", "\\\u{5C7}", "\\", "t", "\u{5C7}", ";", "\u{37E}", "`", "\u{1FEF}",
                                       "Å", "\u{212B}", "A\u{30A}", "\r\n", "\n", "\u{FFFD}", "中", "\u{1F600}", "\u{1F1E6}\u{1F1E8}", " ", " \u{301}"]
        for a in characters {
            for b in characters { #expect(FormulaCleaner.sameCharacter(a, b) == (a == b), "\(a.debugDescription) \(b.debugDescription)") }
        }
    }

    /// `FormulaCleaner.asciiEquivalent` lists every scalar outside ASCII that equals an ASCII `Character`.
    @Test func asciiEquivalentsAreAllOfThem() {
        let ascii = Set((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        var found: [UInt32: UInt8] = [:]
        for value in 0x80...0x10FFFF {
            guard let s = Unicode.Scalar(value), ascii.contains(Character(s)) else { continue }
            found[UInt32(value)] = ascii.first { $0 == Character(s) }!.asciiValue!
        }
        #expect(found == FormulaCleaner.asciiEquivalent)
    }

    /// No scalar outside ASCII lowercases to text that starts with an ASCII scalar, but the Kelvin sign and
    /// U+0130 (what `QuestionText.characterLooksLikeQuestion` relies on to reject a first scalar that is not ASCII).
    @Test func onlyTwoScalarsLowercaseIntoASCII() {
        var found: [UInt32] = []
        for value in 0x80...0x10FFFF {
            guard let s = Unicode.Scalar(value), let first = s.properties.lowercaseMapping.unicodeScalars.first, first.isASCII else { continue }
            found.append(UInt32(value))
        }
        #expect(found == [0x130, 0x212A])
    }

    @Test func doubledTokensMatchTheirRegex() {
        // Lines that are not ASCII, most with no whitespace or "(" (where only the first `Character` opens a
        // token), from word characters that are not ASCII, marks, spaces and punctuation.
        let pieces = ["é", "e\u{301}", "\u{E9}", "٣", "ŋ", "\u{FFFD}", "\0", "n", "g", "_", ".", "\u{A0}", "\u{3000}", "(", "\u{301}", "\u{1F600}", "a", "ab",
                      ")", ";", ":", "K", "\u{212A}", "\u{1100}", "\u{AC00}", "ab."]
        var random = SeededRandom(seed: 61)
        var generated: [String] = []
        for _ in 0..<6_000 { generated.append((0..<(1 + random.next(6))).map { _ in pieces[random.next(pieces.count)] }.joined()) }
        var doubled = 0
        for line in Self.lines(4_000, seed: 6) + generated + ["bb", "p p", "(ab ab)", "x xy", "abcabc.", "é é", "éé", "\u{E9}e\u{301}", "\u{FFFD}\0ng", "٣٣."] {
            let want = line.firstMatch(of: /(^|[\s(])(\w{1,3}) ?\2([\s.,;:)]|$)/) != nil
            #expect(FormulaCleaner.hasDoubledToken(line) == want, "\(line.debugDescription)")
            if want { doubled += 1 }
        }
        #expect(doubled > 100)  // both outcomes
    }

    /// `matchLaTeX` as it was: the span re-tokenised and re-flattened from its start at every step.
    static func oracleMatchLaTeX(_ c: [Character], from: Int, flattened: [Character]) -> Int? {
        func commandStarts(_ before: Int) -> Bool {
            var k = before - 1
            while k >= from, c[k].isLetter { k -= 1 }
            return k >= from && c[k] == "\\"
        }
        var end = from
        var stop: Int? = nil
        while end < c.count, end - from < 400 {
            end += 1
            if end < c.count, c[end - 1] == "\\" { continue }
            if end < c.count, c[end - 1].isLetter, c[end].isLetter, commandStarts(end) { continue }
            let flat = LaTeX.flattenedAlphanumerics(LaTeX.tokenize(Substring(String(c[from..<end])))[...])
            if flat.count > flattened.count || flat != Array(flattened.prefix(flat.count)) { return nil }
            if flat == flattened { stop = end; break }
        }
        guard var stop else { return nil }
        if stop < c.count, FormulaCleaner.isAlnum(c[stop]), FormulaCleaner.isAlnum(c[stop - 1]) { return nil }
        let text = String(c[from..<stop])
        var openParens = text.filter { $0 == "(" || $0 == "[" }.count - text.filter { $0 == ")" || $0 == "]" }.count
        while true {
            var k = stop
            while k < c.count, c[k] == " " { k += 1 }
            guard k < c.count else { break }
            if c[k] == "}" { stop = k + 1; continue }
            if openParens > 0, c[k] == ")" || c[k] == "]" { openParens -= 1; stop = k + 1; continue }
            if c[k] == "\\" {
                var e = k + 1
                while e < c.count, c[e].isLetter { e += 1 }
                let name = String(c[(k + 1)..<e])
                if name == "right", e < c.count { stop = e + 1; continue }
                if name == "end", e < c.count, c[e] == "{", let close = c[e...].firstIndex(of: "}") { stop = close + 1; continue }
                if name == "quad" || name == "qquad" { stop = e; continue }
            }
            break
        }
        return stop
    }

    @Test func incrementalLaTeXMatchingFindsTheSameEnd() {
        for line in Self.lines(1_500, seed: 7) + ["z=i=1nwixi+b z = \\sum_{i=1}^{n} w_{i}x_{i} + b", "αβ \\alpha\\beta", "ab \\begin{x}ab"] {
            let c = Array(line)
            for from in 0..<c.count where c[from].isLetter || c[from].isNumber || c[from] == "\\" {
                for length in [1, 2, 3, 6] {
                    let flattened = Array(c.filter { $0.isLetter || $0.isNumber }.prefix(length))
                    guard !flattened.isEmpty else { continue }
                    let want = Self.oracleMatchLaTeX(c, from: from, flattened: flattened)
                    let got = FormulaCleaner.matchLaTeX(c, from: from, flattened: flattened)
                    #expect(got == want, "\(line.debugDescription) from \(from)")
                }
            }
        }
    }
}

/// The ASCII byte paths (`TextCleaner.asciiClean`, `FormulaCleaner.asciiHasDoubledToken`) against the
/// scalar and `Character` paths they stand in for, on lines mostly of ASCII (where the byte paths answer).
@Suite struct ASCIIByteOracleTests {
    static func lines() -> [String] {
        let fragments = [" ", "  ", "\t", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1F}", "a", "b", "ab", "abc", "abcd", "1", "_", "(", ")", ".",
                         ",", ";", ":", "x x", "bb", "p p", "=", "é", "\u{A0}", "\u{301}", "\u{1F600}", "-", "*", "—", "•", "\u{FFFD}", "\u{FEFF}"]
        var random = SeededRandom(seed: 9)
        return (0..<30_000).map { _ in (0..<(1 + random.next(9))).map { _ in fragments[random.next(fragments.count)] }.joined() }
    }

    @Test func asciiCleanMatchesScalarClean() {
        var scanned = 0
        for line in Self.lines() {
            if let fast = TextCleaner.asciiClean(line) {
                scanned += 1
                #expect(fast == TextCleaner.scalarClean(line), "\(line.debugDescription)")
            }
            #expect(TextCleaner.clean(line) == TextCleaner.scalarClean(line), "\(line.debugDescription)")
        }
        #expect(scanned > 10_000)
    }

    @Test func asciiDoubledTokenMatchesCharacterPathAndRegex() {
        var scanned = 0
        for line in Self.lines() {
            let want = line.firstMatch(of: /(^|[\s(])(\w{1,3}) ?\2([\s.,;:)]|$)/) != nil
            #expect(FormulaCleaner.hasDoubledToken(line) == want, "\(line.debugDescription)")
            if let fast = FormulaCleaner.asciiHasDoubledToken(line) {
                scanned += 1
                #expect(fast == FormulaCleaner.characterHasDoubledToken(line), "\(line.debugDescription)")
                #expect(fast == want, "\(line.debugDescription)")
            }
        }
        #expect(scanned > 6_000)  // of 30,000 lines, the plain ASCII ones
    }

    @Test func asciiArticleLineMatchesScalarPath() {
        var scanned = 0
        for line in Self.lines() + ["- * x", "\r", "", " \t-  a ", "**", "-", "\u{0B}- x\r"] {
            if let fast = ArticleLine(ascii: line) {
                scanned += 1
                #expect(fast == ArticleLine(scalars: line), "\(line.debugDescription)")
            }
        }
        #expect(scanned > 10_000)
    }

    /// The formula search's per-character table and token starts against the `Character` tests they stand in for.
    @Test func formulaLineIndexMatchesCharacterTests() {
        for line in Self.lines() + ScannerOracleTests.lines(4_000, seed: 8) {
            let c = Array(line)
            let index = FormulaCleaner.LineIndex(c)
            for i in c.indices {
                #expect(index.kind[i] == FormulaCleaner.LineIndex.classify(c[i]), "\(line.debugDescription) at \(i)")
                #expect(FormulaCleaner.isTokenStart(index.kind, c, i) == FormulaCleaner.isTokenStart(c, i), "\(line.debugDescription) at \(i)")
                let syntax = (i..<c.count).first { "\\_^{".contains(c[$0]) } ?? c.count
                #expect(index.nextSyntax[i] == syntax, "\(line.debugDescription) at \(i)")
            }
        }
    }

    @Test func latexAlnumTableMatchesCharacterProperties() {
        for ch in (0..<128).map({ Character(Unicode.Scalar(UInt8($0))) }) + ["\r\n", "é", "a\u{301}", "٣", "²", "\u{212A}", "😀"] {
            #expect(LaTeX.isAlnum(ch) == (ch.isLetter || ch.isNumber), "\(ch.debugDescription)")
        }
    }

    @Test func caselessPrefixBytePathMatchesCharacterPath() {
        let prefixes = Boilerplate.prefixes + ["answer", "go up", "questions", "share"]
        for line in Self.lines() + ScannerOracleTests.lines(4_000, seed: 12) + ["ANSWER", "Answer\u{301}", "answe", "\u{212A}", "Go Up", "go up\r\n"] {
            for prefix in prefixes {
                let text = Substring(line)
                #expect(LineScan.caselessPrefix(text, prefix) == LineScan.characterCaselessPrefix(text, prefix), "\(line.debugDescription) \(prefix)")
                let shifted = Substring(prefix.uppercased() + line)
                #expect(LineScan.caselessPrefix(shifted, prefix) == LineScan.characterCaselessPrefix(shifted, prefix), "\(line.debugDescription) \(prefix)")
            }
        }
    }

    @Test func formulaSyntaxPreCheckMatchesCharacterTest() {
        for line in Self.lines() + ScannerOracleTests.lines(4_000, seed: 13) + ["=\u{301}", "\u{301}=", "\\", "é_", "\r\n{"] {
            #expect(FormulaCleaner.mayHoldSyntax(line) == line.contains(where: { "\\_^{$=".contains($0) }), "\(line.debugDescription)")
        }
    }

    @Test func asciiWhitespaceRuleMatchesScalarProperty() {
        for v in 0..<128 {
            let s = Unicode.Scalar(UInt8(v))
            #expect((v == 0x20 || (v >= 0x09 && v <= 0x0D)) == s.properties.isWhitespace, "\(v)")
        }
    }

    @Test func codeShapeMatchesItsRegexOnASCII() {
        for line in Self.lines() + ["r>d</div>,t", "return", "returned x", "]", ")", "f(x)", "import x", "from a import b"] {
            let want = line.firstMatch(of: /^(import |from \S+ import|def |class \w+|return\b|for .+:$|if .+:$|while .+:$|#|@\w|[\w.\[\]]+(, *\w+)* *(=|\+=|-=|\*=) *\S|[\w.]+\(.*\)$|\]\)?$|\)$|super\(|print\()/) != nil
            #expect(CodeShape.looksLikeCode(line) == want, "\(line.debugDescription)")
        }
    }
}

/// `LineSplit.lines` (a byte scan) against the `replacing`-then-`split` it stands in for.
@Suite struct LineSplitTests {
    @Test func matchesReplaceThenSplit() {
        let fragments = ["\n", "\r", "\r\n", "\r\r\n", "\n\r", "a", "é", "\u{301}", "\n\u{301}", "\r\u{301}", " ", "\u{2028}", "\u{85}", "x\r"]
        var random = SeededRandom(seed: 21)
        var texts = ["", "\n", "\r\n", "a\r\r\nb", "a\n\nb\n"]
        for _ in 0..<20_000 { texts.append((0..<random.next(10)).map { _ in fragments[random.next(fragments.count)] }.joined()) }
        for text in texts {
            #expect(LineSplit.lines(text) == LineSplit.characterLines(text), "\(text.debugDescription)")
        }
    }
}
