import Foundation
import Testing
@testable import Corpus

/// The article-wide formula budget: the articles spend far less of it, so they read as without it, and a
/// file of many formula-like lines stops spending at it (each line alone has its own, larger, budget).
@Suite struct FormulaBudgetTests {
    static func articleTexts() throws -> [String] {
        let dir = Paths.articles
        return try FileManager.default.contentsOfDirectory(atPath: dir).sorted().filter { $0.hasSuffix(".txt") }.map {
            try String(contentsOfFile: dir + "/" + $0, encoding: .utf8)
        }
    }

    /// Steps the article's answers spend on formulas, with no budget to stop them.
    static func steps(_ text: String) -> (steps: Int, questions: [RawQuestion]) {
        var budget = Int.max
        let questions = QAImporter.parse(QAImporter.Lines(text), file: "a", minimum: 3, alternating: true, formulaBudget: &budget)
        return (Int.max - budget, questions)
    }

    @Test func articleBudgetIsNotReachedByTheArticles() throws {
        let texts = try Self.articleTexts()
        #expect(texts.count == 5)
        for text in texts {
            let (steps, unbounded) = Self.steps(text)
            #expect(steps * 4 < FormulaCleaner.articleStepBudget, "an article spent \(steps) steps")
            #expect(QAImporter.parse(text: text, file: "a") == unbounded)
        }
        #expect(try texts.map { Self.steps($0).steps }.max()! > 0, "the articles do hold doubled formulas")
    }

    @Test func manyFormulaLinesStopAtTheArticleBudget() {
        // Each line offers many candidate pairs and no pair: alone, a line spends its own budget's worth.
        // (A fuzz input's shape: "Answer:" lines of a repeated word, with LaTeX after it.)
        let block = "What is x?\nAnswer: It stabilises " + String(repeating: "long ", count: 150) + "{\\sigma} = \\frac{x}{y}\n\n"
        let text = String(repeating: block, count: 40)
        let (steps, _) = Self.steps(text)
        #expect(steps > FormulaCleaner.articleStepBudget, "without the article budget the lines spend more")
        var budget = FormulaCleaner.articleStepBudget
        _ = QAImporter.parse(QAImporter.Lines(text), file: "a", minimum: 3, alternating: true, formulaBudget: &budget)
        #expect(budget <= 0 && budget > -FormulaCleaner.stepBudget, "spending stops at the budget")
    }
}
