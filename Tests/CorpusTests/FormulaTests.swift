import TestSupport
import Testing
@testable import Corpus

/// No formula may be left written twice (flattened, then LaTeX or restored) anywhere in the deck.
@Suite struct FormulaTests {
    @Test func theDetectorFindsEveryKindOfPair() {
        #expect(DoubledFormula.find(in: "initialized with a smaller range like [0.1,0.1][-0.1, 0.1].").first?.hasPrefix("[0.1,0.1][-0.1, 0.1") == true)
        #expect(!DoubledFormula.find(in: "z=i=1nwixi+b z = Σᵢ₌₁ⁿ wᵢxᵢ + b").isEmpty)
        #expect(!DoubledFormula.find(in: "f(x)=max(0,x) f(x) = \\max(0, x)").isEmpty)
        #expect(!DoubledFormula.find(in: "based on the inputs X X and weights").isEmpty)
        for clean in ["smaller range like [-0.1, 0.1].", "2. Epochs: Epochs describe the number", "f(x) = max(0, x)",
                      "z = Σᵢ₌₁ⁿ wᵢxᵢ + b", "For regression, MSE, RMSE, MAE are used", "the output, output gate", "f(x) = { 0 if x < 0; 1 if x ≥ 0 }", "f(x) = 1/(1 + e⁻ˣ)"] {
            #expect(DoubledFormula.find(in: clean).isEmpty, "\(clean)")
        }
        // Code is skipped.
        #expect(DoubledFormula.find(in: "```\nx x\n```").isEmpty)
    }

    /// Nesting deeper than `LaTeX.maximumDepth` is written as it stands: 100,000 carets or braces render
    /// without recursing that deep (60,000 carets in a `$…$` span overflowed the stack of `dlquiz import`:
    /// a crash), and formulas that nest less render as before.
    @Test func deepNestingRendersWithoutRecursingThatDeep() {
        // (The expectations name counts, not the strings: a failure should not print 100 KB.)
        let carets = LaTeX.render(Substring(String(repeating: "^", count: 100_000) + "x"))
        let caretsEnd = carets.hasSuffix(")")
        #expect(carets.utf8.count > 100_000 && caretsEnd)
        let braces = LaTeX.render(Substring(String(repeating: "{", count: 100_000) + "x" + String(repeating: "}", count: 100_000)))
        let keepsX = braces.contains("x")
        #expect(keepsX)
        let cleaned = FormulaCleaner.clean("$" + String(repeating: "^", count: 60_000) + "x$")
        #expect(cleaned.utf8.count > 60_000)
        #expect(LaTeX.render("x^{2}") == "x²" && LaTeX.render("\\frac{a}{b}") == "a/b")
        let nested = String(repeating: "{", count: 20) + "x^2" + String(repeating: "}", count: 20)
        #expect(LaTeX.render(Substring(nested)) == "x²")
    }

    /// Super- and subscripts as the `Character` code wrote them (filter, dictionary test on every
    /// `Character`, count): the byte tests in front of it change no result.
    @Test func scriptsMatchTheCharacterCode() {
        func reference(_ s: String, _ table: [Character: Character], _ marker: String) -> String {
            let compact = s.filter { $0 != " " }
            if !compact.isEmpty, compact.allSatisfy({ table[$0] != nil }) { return String(compact.map { table[$0]! }) }
            let t = compact.trimmedSpaces
            if t.count <= 1 || t.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "∂" || $0 == "." }) { return marker + t }
            if t.hasPrefix("∂"), t.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || "ᵢⱼₗₜ₋₀₁₂₃\u{0302}".contains($0) }) { return marker + t }
            return marker + "(" + t + ")"
        }
        let pieces = ["1", "2", "n", "i", "K", "k", "\u{212A}", "x", "y", "q", "(", ")", "+", "-", "^", "_", " ", "′", "'", "é", "∂", ".", "x\u{301}",
                      " \u{301}", "ˣ", "T", "Q", "=", "\r\n"]
        var random = SeededRandom(seed: 113)
        var mapped = 0
        for _ in 0..<20_000 {
            let s = (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined()
            let up = Scripts.raised(s), down = Scripts.lowered(s)
            #expect(up == reference(s, Scripts.superscripts, "^"), "\(s.debugDescription)")
            #expect(down == reference(s, Scripts.subscripts, "_"), "\(s.debugDescription)")
            if !up.hasPrefix("^") { mapped += 1 }
        }
        #expect(mapped > 2_000)
    }

    /// `trimmedSpaces`' byte test against the `Character` trim it guards.
    @Test func trimmedSpacesMatchesTheCharacterTrim() {
        func reference(_ s: String) -> String {
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
            guard let first = s.firstIndex(where: { !isSpace($0) }), let last = s.lastIndex(where: { !isSpace($0) }) else { return "" }
            return String(s[first...last])
        }
        let pieces = [" ", "\t", " \u{301}", "\u{600} ", "\u{600}", "a", "é", "\u{2003}", "\r\n", "\t\u{301}", "\u{301}", "x y"]
        var random = SeededRandom(seed: 131)
        for _ in 0..<20_000 {
            let s = (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined()
            #expect(s.trimmedSpaces == reference(s), "\(s.debugDescription)")
        }
    }

    @Test func theCleanerRestoresLostSigns() {
        #expect(FormulaCleaner.clean("a range like [0.1,0.1][-0.1, 0.1].") == "a range like [-0.1, 0.1].")
        #expect(FormulaCleaner.clean("accuracy (n1n \\geq 1).") == "accuracy (n ≥ 1).")
    }

    @Test func noDoubledFormulaAnywhereInTheDeck() throws {
        let deck = try Deck.embedded()
        for card in deck.cards {
            let texts = [card.question, card.answer, card.note ?? ""] + card.alternates + card.sourceAnswers.map(\.text)
            for text in texts {
                #expect(DoubledFormula.find(in: text).isEmpty, "\(card.id): \(DoubledFormula.find(in: text))")
            }
        }
    }
}
