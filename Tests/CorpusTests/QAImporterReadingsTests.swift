import TestSupport
import Testing
@testable import Corpus

/// `QAImporter.readings` against the two `parse` calls it stands for (the usual reading, and the
/// short-file one), on the articles and on generated texts of numbered, marked and plain lines.
@Suite struct QAImporterReadingsTests {
    @Test func readingsAreTheTwoParses() throws {
        var texts = try FormulaBudgetTests.articleTexts()
        let pieces = ["1. What is x?", "2) Why y?", "Q3: How z?", "Answer: yes", "A: no", "plain text", "", "What is w?", "- item", "x = 1"]
        var random = SeededRandom(seed: 13)
        for _ in 0..<400 { texts.append((0..<(1 + random.next(12))).map { _ in pieces[random.next(pieces.count)] }.joined(separator: "\n")) }
        var short = 0
        for text in texts {
            let article = QAImporter.Lines(text)
            let readings = QAImporter.readings(article, file: "f")
            #expect(readings.regular == QAImporter.parse(article, file: "f"))
            let retry = QAImporter.parse(article, file: "f", minimum: 1, alternating: false)
            #expect(readings.shortFile() == retry)
            if readings.regular.isEmpty, !retry.isEmpty { short += 1 }
        }
        #expect(short > 50)
    }
}
