import Demos
import Foundation
import Testing
import TinyTensor

@testable import DemoText

/// Issue 10 items 16–18 (the demo parts): width, ticks, legends, wording, undecided outputs.
@Suite struct WidthAndNitsTests {
    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    @Test func demoListWrapsSummariesWithAHangingIndent() {
        let demos = [(name: "backprop", summary: String(repeating: "word ", count: 30)), (name: "gradient-descent", summary: "short")]
        let text = DemoListText.render(demos, width: 80)
        for line in Self.lines(text) { #expect(line.count <= 80, "\(line)") }
        let continuation = Self.lines(text)[1]
        #expect(continuation.hasPrefix(String(repeating: " ", count: 18)) && !continuation.hasPrefix(String(repeating: " ", count: 19)))
    }

    @Test(arguments: [60, 80])
    func backpropWithSixteenHiddenUnitsFitsTheWidth(width: Int) throws {
        let text = BackpropText.render(try BackpropDemo(hidden: 16, steps: 50).run(), TextStyle(width: width, unicode: false))
        // At 80 every line fits; at 60 the vectors and matrices do (the prose lines of the chain rule are fixed).
        let numeric = Self.lines(text).filter { $0.contains(" = [") || $0.hasPrefix("    ") }
        for line in width == 80 ? Self.lines(text) : numeric { #expect(line.count <= width, "\(line.count): \(line)") }
        // A vector's lines break after a comma, never inside a number.
        for line in Self.lines(text) where line.contains(" = [") && !line.hasSuffix("]") { #expect(line.hasSuffix(","), "\(line)") }
    }

    @Test func oneStepIsSingularWithoutAHalfStepTickOrOtherAdvice() throws {
        let r = try BackpropDemo(steps: 1).run()
        let text = BackpropText.render(r, .plain)
        #expect(text.contains("1 full-batch step\n") && !text.contains("1 full-batch steps"))
        let axis = try #require(Self.lines(text).first { $0.hasSuffix("  step") })
        #expect(!axis.contains("0.5"))
        #expect(r.diagnosis?.remedies == [.moreSteps])
    }

    @Test func yLabelsAreRoundTicks() {
        let plot = TextPlot(series: [.init(name: "f", points: [(x: 0, y: -0.999), (x: 1, y: 0.001)], marker: "f", color: 31)], height: 10)
        let labels = Self.lines(plot.render(.plain)).compactMap { line -> Double? in
            guard let bar = line.firstIndex(of: "|") else { return nil }
            return Double(line[..<bar].trimmingCharacters(in: .whitespaces))
        }
        #expect(labels.contains(0) && labels.contains(-0.5) && !labels.contains(-0.999), "\(labels)")
        for v in labels {
            let scaled = (v * 10).rounded()
            #expect(Swift.abs(v * 10 - scaled) < 1e-9)
        }
        let log = TextPlot(series: [.init(name: "g", points: [(x: 0, y: 3e-5), (x: 1, y: 0.8)], marker: "g", color: 31)], height: 10, logY: true)
        let logLabels = Self.lines(log.render(.plain)).compactMap { line -> Double? in
            guard let bar = line.firstIndex(of: "|") else { return nil }
            return Double(line[..<bar].trimmingCharacters(in: .whitespaces))
        }
        #expect(!logLabels.isEmpty && logLabels.allSatisfy { Swift.abs(log10($0) - log10($0).rounded()) < 1e-9 }, "\(logLabels)")
    }

    @Test func legendListsOnlyDrawnSeriesAndBrailleLegendsDifferWithoutColour() {
        let points: [(x: Double, y: Double)] = [(x: 0, y: 0), (x: 1, y: 1)]
        let hidden = TextPlot.Series(name: "leaky_relu", points: points, marker: "l", color: 33)
        let shown = TextPlot.Series(name: "relu", points: points, marker: "r", color: 32)
        let other = TextPlot.Series(name: "flat", points: [(x: 0, y: 0.5), (x: 1, y: 0.5)], marker: "f", color: 31)
        let text = TextPlot(series: [hidden, shown, other], height: 8).render(.plain)
        let legend = String(Self.lines(text).last!)
        #expect(!legend.contains("leaky_relu") && legend.contains("r relu") && legend.contains("f flat"))
        let braille = TextPlot(series: [shown, other], height: 8).render(TextStyle(width: 80, unicode: true))
        let brailleLegend = String(Self.lines(braille).last!)
        #expect(!brailleLegend.contains("⣿") && brailleLegend.contains("r") && brailleLegend.contains("f"))
        // Each series carries its letter in the plot itself, so the lines differ without colour.
        let body = Self.lines(braille).dropLast(3).joined()
        #expect(body.contains("r") && body.contains("f"))
    }

    @Test func anOutputOfHalfIsUndecidedNotCorrect() throws {
        let r = try BackpropDemo(activation: .relu, seed: 4).run()
        let near = r.finalPredictions.filter { Swift.abs($0.output - 0.5) < 0.01 }
        #expect(!near.isEmpty)
        #expect(near.allSatisfy { $0.undecided && !$0.correct })
        #expect(BackpropText.render(r, .plain).contains("undecided"))
    }

    @Test func overfittingFitsSixtyColumns() throws {
        let text = OverfittingText.render(try OverfittingDemo().run(), TextStyle(width: 60, unicode: false))
        for line in Self.lines(text) { #expect(line.count <= 60, "\(line.count): \(line)") }
    }
}
