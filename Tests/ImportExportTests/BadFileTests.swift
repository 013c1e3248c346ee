import Foundation
import TestSupport
import Testing
@testable import ImportExport

/// Files that once broke or stalled a reader, and files that must be refused with one line.
@Suite struct BadFileTests {
    /// Fuzz finding (timeout): an answer line of thousands of repeated words made the formula cleaner try
    /// every word as the start of a flattened formula with its LaTeX copy, re-matching each from scratch.
    /// Reading it must finish and keep the words as they are (no formula pairs in plain prose).
    @Test func longLineOfRepeatedWordsIsReadAsText() {
        let line = Array(repeating: "long", count: 5_000).joined(separator: " ")
        let text = "1. What is a tensor?\nAn array. \(line)\n2. What is a loss?\nAn error.\n3. Why backpropagation?\nGradients.\n"
        let result = ArticleReader.read(text, file: "words.txt")
        #expect(result.notes.count == 3)
        #expect(result.notes.first?.answer == "An array. \(line)")
    }

    /// A repeated word and its LaTeX copy still pair up on such a line ("b b" is a doubled symbol).
    @Test func doubledSymbolsStillPairOnLongLines() {
        let line = Array(repeating: "long", count: 200).joined(separator: " ") + " where z=i=1nwixi+b z = \\sum_{i=1}^{n} w_{i}x_{i} + b"
        let text = "1. What is a neuron?\n\(line)\n2. What is a loss?\nAn error.\n3. Why backpropagation?\nGradients.\n"
        let answer = ArticleReader.read(text, file: "f.txt").notes.first?.answer ?? ""
        #expect(answer.hasSuffix("where z = Σᵢ₌₁ⁿ wᵢxᵢ + b"))
    }

    /// A Windows (CRLF) Markdown deck: "\r\n" is one Character, so splitting on "\n" alone read the
    /// whole file as one line and found one card.
    @Test func markdownDeckWithCRLFLineEnds() {
        let text = "# Deck\r\n\r\nQ: What is ReLU?\r\nA: max(0, x)\r\n\r\nQ: What is SGD?\r\nA: Stochastic gradient descent\r\n"
        let result = MarkdownDeckReader.read(text, file: "win.md")
        #expect(result.notes.map(\.question) == ["What is ReLU?", "What is SGD?"])
        #expect(result.notes.map(\.answer) == ["max(0, x)", "Stochastic gradient descent"])
        #expect(result.deckName == "Deck")
    }

    /// A file with one huge line is refused with a line naming the file and the line, before any reader runs.
    @Test func hugeLineIsRefusedNamingFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dlquiz-badfile-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("huge.md").path
        var bytes = [UInt8]("Q: What?\nA: yes\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "x"), count: 3 * TextInput.maxLineBytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: ImportError(file: "huge.md", line: 3, "line longer than 1 MB; not a deck file")) {
            _ = try FileReader.read(path: path)
        }
    }
}

/// `HTMLText.looksLikeHTML` (the pattern split at the last `>`) says what `Patterns.htmlMarkup` says on the whole field.
@Suite struct HTMLMarkupPatternTests {
    @Test func agreesWithHTMLText() {
        var fields = ["plain", "a <b>bold</b>", "x &lt; y", "x < y", "&#955;", "&#x3BB;", "<DIV>", "<brx>", "a & b", "<br/>", "&nbsp",
                      "<pre><code>x</code></pre>", "<img src=x>", "<unknown>", "&quot;", "a > b &amp;", "<b x > &#1", "> <br", "<br >>"]
        let pieces = ["<", ">", "/", "br", "b", "x", " ", "&", "amp", "#", "1", "x3", ";", "DIV", ".", "é"]
        var random = SeededRandom(seed: 3)
        for _ in 0..<5_000 {
            var f = ""
            for _ in 0..<8 {
                f += pieces[random.next(pieces.count)]
            }
            fields.append(f)
        }
        for f in fields {
            #expect((f.firstMatch(of: Patterns.htmlMarkup) != nil) == HTMLText.looksLikeHTML(f), "\(f)")
        }
    }

    /// A file that gives no question (an Anki export of an empty deck: headers only; prose; a Markdown
    /// file forced to the `Q:`/`A:` format it does not use) is refused naming the file, not imported as
    /// an empty deck with a report of "no change".
    @Test(arguments: [
        ("empty-deck.txt", "#separator:tab\n#html:true\n#guid column:1\n", nil, "no questions found (read as tsv)"),
        ("notes.txt", "Just prose.\nNothing to ask.\n", nil, "no questions found (read as article); mark them as"),
        ("faq.md", "## What is SGD?\nSteps on mini-batches.\n", ImportFormat.markdown, "without --format the format is detected"),
    ])
    func aFileWithNoQuestionIsRefused(name: String, text: String, format: ImportFormat?, message: String) {
        do {
            _ = try FileReader.read(bytes: Array(text.utf8), path: "/some/dir/" + name, format: format)
            Issue.record("\(name) was read")
        } catch {
            #expect(error.description.hasPrefix(name + ": "), "\(error.description)")
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    /// The fuzz finding (Tests/Fuzz/Regressions/unclosed-tags-64k.csv): a 64 KB field of `<b ` with no `>`,
    /// where the whole-field pattern rescanned to the end from every `<b` (30 s). It is plain text.
    @Test func aFieldOfUnclosedTagsIsPlainText() throws {
        let field = String(repeating: "<b ", count: 21_000)
        #expect(!HTMLText.looksLikeHTML(field))
        let result = try AnkiTextReader.read("q,\"" + field + "\"\n", file: "f", format: .csv)
        #expect(result.notes.map(\.question) == ["q"])
        #expect(result.notes.first?.answer == field.trimmedWhitespace)
    }
}
