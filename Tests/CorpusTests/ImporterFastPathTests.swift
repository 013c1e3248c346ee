import Foundation
import TestSupport
import Testing
@testable import Corpus

/// The general importers' fast paths (bytes for plain ASCII text, UTF-8 slices for other text) against
/// the `Character` and scalar paths they stand in for (the reference), line by line, on the deck's
/// articles, the fuzz seeds, generated lines and edge cases (carriage returns, NUL, U+FEFF, combining
/// marks next to spaces, Prepend scalars, non-ASCII digits, tabs, very long lines), and on the fuzz
/// inputs that were slowest (/work/wt/over) where that directory exists.
@Suite struct ImporterFastPathTests {
    static func fileLines() -> [String] {
        let fm = FileManager.default
        var dirs = [Paths.articles, Paths.packageRoot.appendingPathComponent("Tests/Fuzz/Seeds").path]
        if fm.fileExists(atPath: "/work/wt/over") { dirs.append("/work/wt/over") }
        var lines: [String] = []
        for dir in dirs {
            for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() {
                guard let data = fm.contents(atPath: dir + "/" + name) else { continue }
                let text = String(decoding: data, as: UTF8.self)
                // Every line of the articles and seeds; of a slow fuzz input, its first 400 distinct lines.
                var seen = Set<String>()
                for line in LineSplit.lines(text) where dir != "/work/wt/over" || (seen.count < 400 && seen.insert(line).inserted) {
                    lines.append(line)
                }
            }
        }
        return lines
    }

    static let edgeCases: [String] = [
        "\u{212A}now", "\u{130}s", "\u{A0}1. What?", "\u{3000}Q1. x", "1.\u{301}", "é 12) What is it", "Basic questions\u{A0}:",
        "basic \u{212A}uestions", "é questions", "équestions", "xQuEsTiOnS", "\u{600} questions", "Share this post", "SHARE THIS POST now", "share this pos", "Go up", "go up ", "GO UP", "go upx", "Leave a Reply", "leave a ", "Subscribe",
        "thank you for reading!", "Thank\u{301} you for reading", "\u{212A}", "enquire now", "Enquire no", "s", "G",
        "", "\r", "\r\n", " ", "\t", "\0", "\u{FEFF}", "\u{FEFF}1. What?", " \u{301}x", "x \u{301}", "\u{600} x", "x \u{600}",
        "\u{600} ", " \u{600}", "\u{A0}\u{301}", "é ", " é", "- \u{301}", "* é", "•\u{301} x", "😀 What is it?", "\u{FE0F}\u{200D}a ",
        "1.\u{301} What?", "Q\u{301}1. What?", "1\u{301}. x", "٣. What?", "12.\rx", "12.\r\nx", "Q 3) x", "Q\t3: x", "q12. ", "1234. x",
        "Basic Level Questions", "Basic Level Questions\r", "basic questions \u{301}", "é Questions", "FAQuestions", "x_questions",
        "questions:", "QUESTIONS :", "Questions\u{301}", "Intermediate questions", "Experienced Questions?", "what?", "What\u{301} is",
        "what is x", "Whatever", "In what", "Is it", "Differentiate x", "differentiates", "List\u{0}x", "What\rx", "Tell\r\nme",
        String(repeating: "a", count: 70_000), String(repeating: "what ", count: 100), String(repeating: "\t", count: 5_000) + "x",
        String(repeating: "é", count: 300) + "?", String(repeating: "x", count: 250) + " questions",
        "t\u{5C7}\0\0\tt", "S\u{301}hare this post", "share this post\u{301}", "Share\u{A0}this post", "go up\u{301}", "go u\u{301}p", "Go up é",
        "é go up", "subscribe\u{5C7}", "Subscrib\u{5C7}e", "LEAVE A REPLY\u{FFFD}", "leave a \u{5C7}reply", "go up", "Go\u{5C7} up", "thank you for readinǵ",
        "x\u{85}y", "\u{600}\u{85}", "\u{600}\u{2028}x", "a\u{2029}", "\u{301}\u{2028}", "a\rb", "\u{FFFD}", "é = ŋ", "— x", "x — y", "- — x", "-é", "* · x", "·x", "\u{1FB00}x", "x\u{1FB00}", "x\u{FE0F}", "\u{FEFF}x", " \u{FEFF}x",
        "中文 ", "• é", "é\u{A0}", "é\u{2003}x", "x\u{200D}", "  \u{2600} x", "\t中", "- \u{FFFD}  \u{FFFD}\t", "\u{25E6}x",
    ]

    static let all: [String] = fileLines() + ScannerOracleTests.lines(6_000, seed: 31) + ASCIIByteOracleTests.lines() + edgeCases

    @Test func articleLinesMatchTheScalarPath() {
        for raw in Self.all {
            let want = ArticleLine(scalars: raw)
            #expect(ArticleLine(raw) == want, "\(raw.debugDescription)")
            #expect(ArticleLine(unicode: raw) == want, "\(raw.debugDescription)")
        }
    }

    /// The end-of-article prefixes with text that is not ASCII in them or after them: the folded head
    /// decides as the `Character` comparison does.
    @Test func boilerplateWithOtherTextMatchesTheCharacterPath() {
        let phrases = ["share this post", "Enquire now", "SIMILAR POSTS", "related posts", "thank you for reading", "Subscribe", "leave a comment",
                       "Leave a reply", "go up", "Go up", "to improve your chances", "unlock interview insights", "associated course"]
        let foreign = ["é", "e\u{301}", "\u{301}", "\u{5C7}", "\u{212A}", "İ", "\u{A0}", "\u{FFFD}", "\u{1F600}", "\r\n", "\u{600}", "ß", "\u{37E}"]
        var random = SeededRandom(seed: 83)
        var ends = 0
        for _ in 0..<20_000 {
            var characters = Array(phrases[random.next(phrases.count)])
            for _ in 0..<random.next(3) {
                characters.insert(contentsOf: Array(foreign[random.next(foreign.count)]), at: random.next(characters.count + 1))
            }
            let line = String(characters) + (random.next(2) == 0 ? "" : foreign[random.next(foreign.count)] + String(repeating: "x", count: random.next(30)))
            let expected = Boilerplate.characterEndsArticle(line)
            #expect(Boilerplate.endsArticle(line) == expected, "\(line.debugDescription)")
            if expected { ends += 1 }
        }
        #expect(ends > 4_000 && ends < 16_000)
    }

    /// `QuestionText.looksLikeQuestion` on lines of openers and other text (the scalar path) against the
    /// `Character` path.
    @Test func questionTextOfOtherTextMatchesTheCharacterPath() {
        let words = ["What", "how", "Explain", "differences", "is", "in", "Tell", "Whaté", "what中", "how\u{FFFD}", "\u{212A}", "中文", "ŋ", "é", "?",
                     "\u{FFFD}", "listß", "name٣", "x", " ", "\t", "\r", String(repeating: "é", count: 120), "what\u{301}", "\u{600}how"]
        var random = SeededRandom(seed: 127)
        var yes = 0
        for _ in 0..<20_000 {
            let line = (0..<(1 + random.next(5))).map { _ in words[random.next(words.count)] }.joined(separator: ["", " "][random.next(2)])
            let want = QuestionText.characterLooksLikeQuestion(line)
            #expect(QuestionText.looksLikeQuestion(line) == want, "\(line.debugDescription)")
            if want { yes += 1 }
        }
        #expect(yes > 2_000 && yes < 18_000, "\(yes)")
    }

    @Test func utf8CleanMatchesScalarClean() {
        for raw in Self.all {
            #expect(TextCleaner.utf8Clean(raw) == TextCleaner.scalarClean(raw), "\(raw.debugDescription)")
        }
    }

    @Test func asciiBytesCleanMatchesScalarClean() {
        var scanned = 0
        for raw in Self.all + ["  a  b ", "a\tb", "a\u{0B}\u{0C}b", " ", "a", "a b", "a  ", "\0 \0"] where raw.utf8.allSatisfy({ $0 < 0x80 }) {
            scanned += 1
            let want = TextCleaner.scalarClean(raw)
            var copy = raw
            copy.withUTF8 { bytes in
                #expect(TextCleaner.asciiClean(bytes: bytes, whole: raw) == want, "\(raw.debugDescription)")
                #expect(TextCleaner.asciiClean(bytes: bytes, whole: nil) == want, "\(raw.debugDescription)")
            }
        }
        #expect(scanned > 20_000)
    }

    @Test func commandNamesBuiltFromBytesMatchStringInit() {
        for raw in Self.all.prefix(20_000) + ["alpha", "é\u{301}x", "\r\n", "😀a"] {
            let c = Array(raw)
            for r in [0..<c.count, 0..<min(c.count, 3), min(c.count, 2)..<c.count] {
                #expect(FormulaCleaner.text(c, r) == String(c[r]), "\(raw.debugDescription)")
            }
        }
    }

    /// The line scanners on each line as written and as the importers see it (cleaned).
    @Test func lineScannersMatchTheCharacterPaths() {
        var plain = 0
        for raw in Self.all {
            for text in [raw, ArticleLine(scalars: raw).text] {
                if LineScan.isPlainASCII(text) { plain += 1 }
                let n = NumberedQuestion.parse(text), m = NumberedQuestion.characterParse(text)
                #expect(n?.number == m?.number && n?.rest == m?.rest, "\(text.debugDescription)")
                let h = SectionHeading.level(text), g = SectionHeading.characterLevel(text)
                #expect(h?.level == g?.level && h?.title == g?.title, "\(text.debugDescription)")
                #expect(SectionHeading.endsWithQuestions(text) == SectionHeading.characterEndsWithQuestions(text), "\(text.debugDescription)")
                #expect(QuestionText.looksLikeQuestion(text) == QuestionText.characterLooksLikeQuestion(text), "\(text.debugDescription)")
                #expect(QAImporter.answerMarker(text) == QAImporter.characterAnswerMarker(text), "\(text.debugDescription)")
                #expect(Boilerplate.endsArticle(text) == Boilerplate.characterEndsArticle(text), "\(text.debugDescription)")
                #expect(LineScan.isOneLine(Substring(text)) == LineScan.characterIsOneLine(Substring(text)), "\(text.debugDescription)")
            }
        }
        #expect(plain > 20_000)
    }

    static let codeLines: [String] = {
        let heads = ["import ", "from ", "from x import y", "def ", "class ", "class X", "return", "returned", "return.", "return:",
                     "return'", "return(", "for ", "if ", "while ", "#", "@", "@x", "]", "])", ")", "super(", "print(", "x", "a.b",
                     "a[0]", "x, y", "x,y ", "_", "f", ".", "[", "(", "1"]
        let tails = ["", " ", "x", ":", " = 1", "= ", "=", "+= 2", "-=", "*= x", "+ = 1", "==", " import z", "(x)", "()", ")",
                     "(", ", z = 3", ", = 1", "y:", " x:", "\u{0}", "é", "\t", "\r", "x\u{7F}"]
        var lines: [String] = []
        for h in heads { for t in tails { lines.append(h + t); for u in ["", ")", ":", " = b"] { lines.append(h + t + u) } } }
        return lines
    }()

    /// `CodeShape.foldedMatch` against the regex on code-like lines with text that is not ASCII: letters,
    /// numbers, marks, Unicode spaces and newlines, next to each part of the pattern.
    @Test func codeShapeFoldedMatcherMatchesTheRegex() {
        let heads = ["import ", "from ", "from é import", "def ", "class ", "class é", "return", "for ", "if ", "while ", "#", "@", "@é", "]",
                     "super(", "print(", "x", "é", "é.b", "x[é]", "é, ŋ", "é,\u{A0}ŋ", "_", "٣", "\u{301}", "x\u{301}", "\u{2003}", "Ω"]
        let tails = ["", " ", "é", ":", " = 1", " = é", "=\u{A0}x", " =\u{3000}", "+= ٣", "(é)", "(é", ")", ".", "\u{2028}", "\r\n", " import ŋ",
                     ":\u{301}", ")\u{301}", "\u{85}", "\u{FFFD}", " x:", ", é = 3", "-=", "*= ŋ"]
        var random = SeededRandom(seed: 77)
        var decided = 0, code = 0
        for _ in 0..<20_000 {
            let line = heads[random.next(heads.count)] + (0..<(1 + random.next(3))).map { _ in tails[random.next(tails.count)] }.joined()
            let want = line.firstMatch(of: CodeShape.pattern) != nil
            if let folded = CodeShape.foldedMatch(line) {
                decided += 1
                if folded { code += 1 }
                #expect(folded == want, "\(line.debugDescription)")
            }
            #expect(CodeShape.looksLikeCode(line) == want, "\(line.debugDescription)")
        }
        #expect(decided > 15_000 && code > 3_000 && decided - code > 3_000)
    }

    @Test func codeShapeByteMatcherMatchesTheRegex() {
        var decided = 0
        for line in Self.codeLines + Self.all {
            let want = line.firstMatch(of: CodeShape.pattern) != nil
            if let fast = CodeShape.printableMatch(line) {
                decided += 1
                #expect(fast == want, "\(line.debugDescription)")
            }
            #expect(CodeShape.looksLikeCode(line) == want || line.utf8.count > CodeShape.regexLimit, "\(line.debugDescription)")
        }
        #expect(decided > 5_000)
    }

    /// Lines of printable ASCII, and folded lines of other text, are matched at any length; past `regexLimit`
    /// bytes a line that only the regex can decide (it holds a control character) is not code.
    @Test func longLinesOfOtherTextAreNotCode() {
        let long = "x = " + String(repeating: "é", count: CodeShape.regexLimit)
        #expect(long.firstMatch(of: CodeShape.pattern) != nil && CodeShape.looksLikeCode(long))
        let control = "x = \u{1}" + String(repeating: "é", count: CodeShape.regexLimit)
        #expect(control.firstMatch(of: CodeShape.pattern) != nil && !CodeShape.looksLikeCode(control))
        #expect(CodeShape.looksLikeCode("x = " + String(repeating: "e", count: 2 * CodeShape.regexLimit)))
        #expect(CodeShape.looksLikeCode("x = é"))
    }

    @Test func classifiedDoubledTokenMatchesTheCharacterPath() {
        for line in Self.all + ["é é", "é\u{301} é\u{301}", "(ab ab)", "x\r\n x", "ab\u{301} ab", "٣٣", "_ _"] {
            #expect(FormulaCleaner.classifiedHasDoubledToken(line) == FormulaCleaner.characterHasDoubledToken(line), "\(line.debugDescription)")
        }
    }

    /// Long command names (which the pair search no longer turns into Strings) change nothing it finds.
    @Test func longCommandNamesPairAsBefore() {
        let lines = ["ab \\verylongcommandnamehere ab", "ab \\alphabeta", "a \\varepsilon a", "ab \\varepsilonx ab", "ab \\softmaxab",
                     "x \\begin{cases} x \\end{cases}", "z=i=1nwixi+b z = \\sum_{i=1}^{n} w_{i}x_{i} + b"]
        for line in lines {
            let c = Array(line)
            for from in c.indices {
                for length in [1, 2, 3, 6] {
                    let flattened = Array(c.filter { $0.isLetter || $0.isNumber }.prefix(length))
                    guard !flattened.isEmpty else { continue }
                    #expect(FormulaCleaner.matchLaTeX(c, from: from, flattened: flattened)
                        == ScannerOracleTests.oracleMatchLaTeX(c, from: from, flattened: flattened), "\(line.debugDescription) from \(from)")
                }
            }
        }
    }

    /// What the byte pre-checks of `Boilerplate` and `SectionHeading` rely on: no scalar outside ASCII
    /// lower-cases to a string that starts with an ASCII letter, but the two that `Boilerplate` leaves to
    /// its reference (the Kelvin sign to "k", U+0130 to "i" and a combining dot).
    @Test func noOtherScalarLowercasesToAnASCIILetter() {
        var found: [UInt32] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v), let first = String(scalar).lowercased().unicodeScalars.first else { continue }
            if first.value < 0x80, (first.value | 0x20) &- 0x61 < 26 { found.append(v) }
        }
        #expect(found == [0x130, 0x212A])
    }

    @Test func asciiTokenizerMatchesTheCharacterPath() {
        let formulas = ["\\hat{x} = \\frac{x-\\mu}{\\sigma}", "\\", "a\\", "\\\\", "\\ x", "\\{a\\}", "x^{2}_i", "\\alpha1\\beta", "", "\\1x"]
        var scanned = 0
        for text in formulas + Self.all.prefix(30_000) {
            let s = Substring(text)
            if !s.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { scanned += 1 }
            #expect(LaTeX.tokenize(s) == LaTeX.characterTokenize(s), "\(text.debugDescription)")
        }
        #expect(scanned > 10_000)
    }

    /// Where `plainMismatch` answers, `matchLaTeX` gives nil after exactly that many steps.
    @Test func plainMismatchCountsTheStepsMatchLaTeXSpends() {
        let long = String(repeating: "long ", count: 40)
        var lines = [long + "}^{n} w_{i}x_{i} + b", "ab ab^{2}", "x x", "ab a\\b", "abc abd", "a1 a1_{x}", "long lo ng", long, "é é^x"]
        lines += ScannerOracleTests.lines(1_500, seed: 41) + Self.edgeCases.filter { $0.count < 400 }
        var answered = 0
        for line in lines {
            let c = Array(line)
            let kind = FormulaCleaner.LineIndex(c).kind
            let letters = c.filter { $0.isLetter || $0.isNumber }
            for from in c.indices where kind[from] & (FormulaCleaner.LineIndex.alnum | FormulaCleaner.LineIndex.opener) != 0 {
                for length in [1, 3, 9, 60] {
                    let flattened = Array(letters.prefix(length))
                    guard !flattened.isEmpty, let steps = FormulaCleaner.plainMismatch(c, from: from, flattened: flattened, kind: kind) else { continue }
                    answered += 1
                    var budget = 1_000_000
                    #expect(FormulaCleaner.matchLaTeX(c, from: from, flattened: flattened, kind: kind, budget: &budget) == nil, "\(line.debugDescription) from \(from)")
                    #expect(1_000_000 - budget == steps, "\(line.debugDescription) from \(from) length \(length)")
                }
            }
        }
        #expect(answered > 5_000)
    }

    /// `classifyWide` is `classify` for every character of more than one byte in the Basic Multilingual Plane
    /// (where the singletons that decompose to ASCII lie) and for some combining sequences.
    @Test func wideClassificationMatchesClassify() {
        var wide: [Character] = ["\r\n", "=\u{338}", "<\u{338}", "a\u{301}", "\u{1F600}", "\u{2F800}", " \u{301}"]
        for v in UInt32(0x80)...0xFFFF { if let s = Unicode.Scalar(v) { wide.append(Character(s)) } }
        for ch in wide {
            #expect(FormulaCleaner.LineIndex.classifyWide(ch) == FormulaCleaner.LineIndex.classify(ch), "\(ch.debugDescription)")
            #expect(!"\\_^{".contains(ch), "\(ch.debugDescription)")
        }
    }

    @Test func plainASCIIMeansOneCharacterPerByte() {
        for raw in Self.all where LineScan.isPlainASCII(raw) {
            #expect(raw.count == raw.utf8.count, "\(raw.debugDescription)")
        }
    }
}
