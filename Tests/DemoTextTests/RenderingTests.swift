import Demos
import Foundation
import Testing
import TinyTensor

@testable import DemoText

@Suite struct RenderingTests {
    /// The reports, computed once (the activations demo is slow in debug builds).
    static let backprop = try! BackpropDemo(steps: 300).run()
    static let stuck = try! BackpropDemo(hidden: 2, seed: 1).run()
    static let activations = ActivationsDemo().run()
    static let dropout = try! DropoutDemo().run()
    static let overfitting = try! OverfittingDemo().run()

    static func texts(_ style: TextStyle) throws -> [String] {
        [
            BackpropText.render(backprop, style),
            BackpropText.render(stuck, style),
            ActivationsText.render(activations, style),
            DropoutText.render(dropout, style),
            OverfittingText.render(overfitting, style),
            ConvText.render(ConvDemo(seed: 1).run(), style),
            SoftmaxText.render(SoftmaxDemo(seed: 1).run(), style),
            AttentionText.render(AttentionDemo(seed: 1).run(), style),
            RNNText.render(RNNDemo(seed: 1).run(), style),
            OptimizersText.render(OptimizersDemo(seed: 1).run(), style),
            PerceptronText.render(PerceptronDemo(seed: 1).run(), style),
        ]
    }

    /// A plot row: indentation, an optional tick label, then the axis " |" or the corner " +".
    static func isPlotLine(_ line: Substring) -> Bool {
        guard let bar = line.range(of: " |") ?? line.range(of: " +-") else { return false }
        return !line[..<bar.lowerBound].drop(while: { $0 == " " }).contains(" ")
    }

    @Test func plainStyleIsPureASCIIWithoutEscapes() throws {
        for text in try Self.texts(TextStyle(width: 80, unicode: false)) {
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(!text.contains("\u{1B}"))
        }
    }

    @Test func unicodeStyleUsesBrailleAndColour() throws {
        let text = ActivationsText.render(Self.activations, TextStyle(width: 100, unicode: true))
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
        #expect(text.contains("\u{1B}["))
    }

    /// Plot lines fit the width, for narrow and wide terminals.
    @Test(arguments: [50, 80, 140])
    func plotsFitTheWidth(width: Int) throws {
        var plotLines = 0
        for text in try Self.texts(TextStyle(width: width, unicode: false)) {
            for line in text.split(separator: "\n") where Self.isPlotLine(line) {
                #expect(line.count <= width, "\(line.count) > \(width): \(line)")
                plotLines += 1
            }
        }
        #expect(plotLines > 60)
    }

    /// At 80 columns every line fits: prose is wrapped, tables are narrow enough.
    @Test func everythingFitsEightyColumns() throws {
        for text in try Self.texts(TextStyle(width: 80, unicode: false)) {
            for line in text.split(separator: "\n") {
                #expect(line.count <= 80, "\(line.count): \(line)")
            }
        }
    }

    @Test func backpropTextShowsTheNumbersOfTheReport() throws {
        let r = try BackpropDemo().run()
        let text = BackpropText.render(r, .plain)
        #expect(text.contains(Formatting.fixed(r.initialLoss, 6)))
        #expect(text.contains(Formatting.fixed(r.backward.gradients.w1[0][0], 5)))
        #expect(text.contains(Formatting.fixed(r.finalLoss, 6)))
        #expect(text.contains("Converged"))
        let stuck = BackpropText.render(try BackpropDemo(hidden: 2, seed: 1).run(), .plain)
        #expect(stuck.contains("Did not converge") && stuck.contains("local minimum"))
    }

    @Test func formattingAvoidsNegativeZero() {
        #expect(Formatting.fixed(-0.00001, 4) == "0.0000")
        #expect(Formatting.fixed(-0.5, 2) == "-0.50")
        #expect(Formatting.fixed(0.25, 4) == "0.2500")
    }

    @Test func diagnosesAreWordedWithTheOptionsToTry() throws {
        let stuck = try #require(try BackpropDemo(hidden: 2, seed: 1).run().diagnosis)
        let words = BackpropDiagnosisText.sentence(stuck)
        #expect(words.contains("local minimum") && words.contains("--seed") && words.contains("--hidden"))
        let short = try #require(try BackpropDemo(steps: 20).run().diagnosis)
        #expect(BackpropDiagnosisText.sentence(short).contains("--steps"))
        let diverged = try #require(try BackpropDemo(learningRate: 100).run().diagnosis)
        let text = BackpropDiagnosisText.sentence(diverged)
        #expect(text.contains("Diverged") && text.contains("smaller --lr") && !text.contains("local minimum"))
    }

    @Test func demoErrorsNameTheOption() {
        do {
            _ = try BackpropDemo.activation(named: "foo")
            Issue.record("accepted --activation foo")
        } catch {
            #expect(error.message.contains("--activation") && error.message.contains("tanh, sigmoid, relu"))
        }
        #expect(DemoError.hiddenUnits(0).message == "--hidden must be a whole number from 1 to 16, got 0")
        #expect(DemoError.dropProbability(1, zeroAllowed: false).message.hasPrefix("--p must be a probability above 0"))
    }

    /// The overfitting verdict follows the numbers: it claims success only when dropout helped.
    @Test(arguments: [2, 7])
    func overfittingVerdictFollowsTheNumbers(seed: Int) throws {
        let r = try OverfittingDemo(seed: seed).run()
        #expect(OverfittingText.render(r, .plain).contains("less overfitting") == r.dropoutHelped)
    }
}
