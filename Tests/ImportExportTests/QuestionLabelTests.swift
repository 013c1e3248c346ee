import TestSupport
import Testing
@testable import ImportExport

/// `QuestionLabel`'s byte matchers against the regexes they stand for (the oracle), and `ArticleReader`'s
/// label functions against their regex paths, on labels, near misses and generated lines.
@Suite struct QuestionLabelTests {
    /// Labels, near misses, and 30,000 generated lines of mostly ASCII pieces, then 30,000 more with pieces
    /// that are not ASCII where the regexes' `Character` semantics matter: combining marks on digits and
    /// separators, Unicode spaces and numbers, newline `Character`s, letters that case-fold to ASCII.
    static func lines() -> [String] {
        let fragments = ["q", "Q", "question", "QUESTION", "Question", "quest", "qu", " ", "  ", "\t", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}",
                         "\u{85}", "\u{A0}", "1", "12", "1234", "12345", ".", "..", ")", ":", "-", "x", "What is x?", "\0", "é", "٣",
                         "\u{301}", "\r", "\n", "\r\n", "a", "Answer", "?"]
        let unicodeFragments = ["\u{17F}", "\u{FF31}", "\u{2028}", "\u{2029}", "\u{3000}", "\u{BD}", "\u{B2}", "\u{200D}", "\u{FFFD}",
                                "\u{1F600}", "\u{212A}", "\u{130}", ".\u{301}", "1\u{301}", " \u{301}", "\u{2003}", "\u{FF11}"]
        var random = SeededRandom(seed: 7)
        var lines = ["Q1. What is x?", "Q: What?", "question 4) Why", "1.2.3: x", "1.2345. x", "12345. x", "1.  ", "1.   ", "1. ", "Q1.2: a",
                     "Question: x", "QUESTION 12 - y", "q 1 . x", "q.  ", "q:\t\tz", "1)x", "1 ) x", "1.2.3.4.5.6. deep", "q1.12345: x", "questionnaire: x",
                     "1.\rab", "1. ab\r", "1.\r ab", "Q:\u{2028}x", "q: a\u{85}", "1. ab\r\nc", "1. 2.\rab", "Q\r1. x", "1\r. x", "1.\r\n x"]
        let heads = ["q", "Q", "Question", "1", "12", "Q1", "1.2", "q 3", "", "١"]
        let unicodeHeads = ["q\u{301}", "Qu\u{301}estion", "que\u{17F}tion", "\u{FF11}", "\u{BD}", "1\u{301}", "Q\u{3000}2", "\u{FF31}1", "\u{17F}"]
        let separators = [".", ")", ":", "-", " .", "\t:", "", "x"]
        let unicodeSeparators = [".\u{301}", "\u{2003}.", ")\u{200D}", "\u{FF0E}"]
        let spaces = ["", " ", "  ", "\t", "\u{A0}"], unicodeSpaces = ["\u{3000}", " \u{301}", "\u{2028}", "\u{2003}"]
        for unicode in [false, true] {
            let fragments = unicode ? fragments + unicodeFragments : fragments, heads = unicode ? heads + unicodeHeads : heads
            let separators = unicode ? separators + unicodeSeparators : separators, spaces = unicode ? spaces + unicodeSpaces : spaces
            for _ in 0..<30_000 {
                let head = heads[random.next(heads.count)] + separators[random.next(separators.count)] + spaces[random.next(spaces.count)]
                lines.append(head + (0..<random.next(5)).map { _ in fragments[random.next(fragments.count)] }.joined())
            }
        }
        return lines
    }

    @Test func matchersFollowTheRegexes() {
        var tame = 0, matched = 0, foldedMatches = 0
        for line in Self.lines() {
            let ok: Bool? = line.utf8.withContiguousStorageIfAvailable { b in
                guard QuestionLabel.isTame(b) else { return false }
                func capture(_ k: Int?) -> String? { k.map { String(decoding: UnsafeBufferPointer(rebasing: b[$0...]), as: UTF8.self) } }
                let number = line.firstMatch(of: Patterns.numberLabel).map { String($0.1) }
                let question = line.firstMatch(of: Patterns.questionLabel).map { String($0.1) }
                let labelled = line.firstMatch(of: Patterns.questionLabelled) != nil
                #expect(capture(QuestionLabel.numberLabel(b)) == number, "\(line.debugDescription)")
                #expect(capture(QuestionLabel.questionLabel(b)) == question, "\(line.debugDescription)")
                #expect(QuestionLabel.isLabelled(b) == labelled, "\(line.debugDescription)")
                if number != nil || question != nil || labelled { matched += 1 }
                return true
            }
            if ok == true { tame += 1 }
            let stripped = ArticleReader.stripLabel(line)
            #expect(stripped == ArticleReader.regexStripLabel(line), "\(line.debugDescription)")
            if ok == false, stripped != line { foldedMatches += 1 }
            #expect(ArticleReader.isQuestionLabelled(line) == (line.firstMatch(of: Patterns.questionLabelled) != nil), "\(line.debugDescription)")
        }
        #expect(tame > 5_000)
        #expect(matched > 3_000)  // of ~30k lines: both outcomes are exercised
        #expect(foldedMatches > 1_000)  // lines that are not ASCII, whose label `FoldedLabel` strips
    }

    @Test func looksLikeQuestionFollowsTheCharacterPath() {
        let words = ["What", "WHAT", "what's", "Whatever", "how", "Explain", "differentiate", "Differentiate", "list", "Name", "names", "é",
                     "e\u{301}", "?", "?:", ":", " ", "\t", "\r", "\r\n", "x", "is", String(repeating: "a", count: 150), "\u{1F600}", "7",
                     "\u{FFFD}", "Whaté", "what中", "how\u{FFFD}", "\u{212A}", "中文", String(repeating: "é", count: 150), "?\u{FFFD}", "listß", "name٣"]
        var random = SeededRandom(seed: 3)
        var lines = ["What is x", "Why?", "Explain this.", String(repeating: "x", count: 298) + "?", String(repeating: "x", count: 299) + "?",
                     "What " + String(repeating: "x", count: 194), "What " + String(repeating: "x", count: 195)]
        for _ in 0..<20_000 { lines.append((0..<(1 + random.next(6))).map { _ in words[random.next(words.count)] }.joined(separator: [" ", "", "\t"][random.next(3)])) }
        var yes = 0
        for line in lines {
            let looks = ArticleReader.looksLikeQuestion(line)
            #expect(looks == ArticleReader.characterLooksLikeQuestion(line), "\(line.debugDescription)")
            #expect(ArticleReader.characterCount(line) == line.count)
            if looks { yes += 1 }
        }
        #expect(yes > 2_000 && yes < lines.count - 2_000)
    }

    @Test func answerLabelFollowsTheRegex() {
        let heads = ["", " ", "  ", "- ", "-  ", "* ", "+ ", "*", "**", "__", "_*", "***", "-", "- **", "  * _"]
        let words = ["Answer", "answer", "ANSWER", "A", "a", "Ans", "ans", "Solution", "SOLUTION", "answers", "an", "Aa", "S", "Solutions", "b"]
        let tails = [":", ".", " :", "\t.", ":**", ".__", ":***", ": ", ":  x", "", " ", "x", ":\t\t", ":*_ y", "é", ":\u{301}"]
        var random = SeededRandom(seed: 17)
        var labelled = 0
        var lines = [String(repeating: " ", count: 39) + "A:", String(repeating: " ", count: 38) + "A:", String(repeating: "x", count: 39) + "é"]
        for _ in 0..<30_000 {
            lines.append(heads[random.next(heads.count)] + words[random.next(words.count)] + tails[random.next(tails.count)] + ["", "rest of it", "\r\n", "é"][random.next(4)])
        }
        for line in lines {
            let fast = ArticleReader.answerLabel(line), reference = ArticleReader.regexAnswerLabel(line)
            #expect(fast?.length == reference?.length && fast?.marker == reference?.marker, "\(line.debugDescription)")
            if reference != nil { labelled += 1 }
            let sub = line.dropFirst(0)
            #expect(ArticleReader.answerLabel(sub)?.length == reference?.length)
        }
        #expect(labelled > 5_000 && labelled < lines.count - 5_000)
    }
}
