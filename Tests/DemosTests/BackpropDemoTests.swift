import JSONKit
import Testing
import TinyTensor

@testable import Demos

@Suite struct BackpropDemoTests {
    @Test func defaultRunMatchesNumpy() throws {
        let r = try BackpropDemo().run()
        let f = NumpyDemoFixtures.self
        #expect(f.close(r.initialParameters.w1.flatMap { $0 }, f.backpropW1))
        #expect(f.close(r.initialParameters.w2.flatMap { $0 }, f.backpropW2))
        #expect(f.close([r.initialLoss], [f.backpropLoss]))
        #expect(f.close(r.backward.gradients.w1.flatMap { $0 }, f.backpropGradW1))
        #expect(f.close(r.backward.gradients.b1, f.backpropGradB1))
        #expect(f.close(r.backward.gradients.w2.flatMap { $0 }, f.backpropGradW2))
        #expect(f.close(r.backward.gradients.b2, f.backpropGradB2))
        #expect(f.close(r.finalPredictions.map(\.output), f.backpropFinalOutput, relative: 1e-8))
        #expect(f.close([r.finalLoss], [f.backpropFinalLoss], relative: 1e-8))
        #expect(r.converged)
        #expect(r.diagnosis == nil)
    }

    /// The printed chain-rule factors multiply out to what autodiff produced.
    @Test(arguments: [Activation.tanh, .sigmoid, .relu])
    func chainRuleFactorsMultiplyToTheGradients(activation: Activation) throws {
        let r = try BackpropDemo(hidden: 3, activation: activation, steps: 5, seed: 3).run()
        let b = r.backward
        for i in 0..<4 {
            #expect(Swift.abs(b.dLossDOutput[i] * b.dOutputDZ2[i] - b.dLossDZ2[i]) < 1e-12)
            #expect(Swift.abs(b.dLossDZ2[i] - (r.forward.output[i] - BackpropDemo.targets[i]) / 4) < 1e-12)
            for j in 0..<3 {
                #expect(Swift.abs(b.dLossDHidden[i][j] - b.dLossDZ2[i] * r.initialParameters.w2[j][0]) < 1e-12)
                #expect(Swift.abs(b.dLossDHidden[i][j] * b.dHiddenDZ1[i][j] - b.dLossDZ1[i][j]) < 1e-12)
            }
        }
        for j in 0..<3 {
            let x = BackpropDemo.inputs
            let dW1 = (0..<2).map { k in (0..<4).map { x[$0][k] * b.dLossDZ1[$0][j] }.reduce(0, +) }
            #expect(Swift.abs(dW1[0] - b.gradients.w1[0][j]) < 1e-12 && Swift.abs(dW1[1] - b.gradients.w1[1][j]) < 1e-12)
            #expect(Swift.abs((0..<4).map { b.dLossDZ1[$0][j] }.reduce(0, +) - b.gradients.b1[j]) < 1e-12)
            #expect(Swift.abs((0..<4).map { r.forward.hidden[$0][j] * b.dLossDZ2[$0] }.reduce(0, +) - b.gradients.w2[j][0]) < 1e-12)
        }
        #expect(r.gradientCheckMaxRelError <= 1e-6)
    }

    @Test func lossCurveStartsAtTheInitialLossAndHasOneEntryPerStep() throws {
        let r = try BackpropDemo(steps: 50).run()
        #expect(r.lossCurve.count == 50)
        #expect(r.lossCurve[0] == r.initialLoss)
        #expect(r.finalLoss < r.lossCurve[49])
    }

    @Test func aStuckSeedIsReportedWithAdvice() throws {
        let r = try BackpropDemo(hidden: 2, seed: 1).run()
        #expect(!r.converged)
        #expect(r.plateaued)
        let diagnosis = try #require(r.diagnosis)
        #expect(diagnosis.outcome == .stuck && diagnosis.correct < 4)
        #expect(diagnosis.remedies == [.anotherSeed, .moreHiddenUnits, .differentLearningRate])
        let relu = try BackpropDemo(activation: .relu, seed: 4).run()
        #expect(!relu.converged)
    }

    @Test func tooFewStepsIsNotCalledALocalMinimum() throws {
        let r = try BackpropDemo(steps: 20).run()
        #expect(!r.converged)
        #expect(!r.plateaued)
        #expect(r.diagnosis?.outcome == .tooShort)
        #expect(r.diagnosis?.remedies.contains(.moreSteps) == true)
    }

    @Test func jsonHasTheContractFields() throws {
        let r = try BackpropDemo(hidden: 3, steps: 10, seed: 9).run()
        let json = try JSONParser.parse(r.json.compact)
        let p = try #require(json["initial_parameters"])
        #expect(p["W1"]?.arrayValue?.count == 2 && p["W1"]?.arrayValue?[0].arrayValue?.count == 3)
        #expect(p["b1"]?.arrayValue?.count == 3)
        #expect(p["W2"]?.arrayValue?.count == 3 && p["W2"]?.arrayValue?[0].arrayValue?.count == 1)
        #expect(p["b2"]?.arrayValue?.count == 1)
        #expect(json["gradients"]?.objectValue?.keys == ["W1", "b1", "W2", "b2"])
        #expect(json["initial_loss"]?.doubleValue == r.initialLoss)
        #expect(json["gradient_check_max_rel_error"]?.doubleValue != nil)
        #expect(json["loss_curve"]?.arrayValue?.count == 10)
        let predictions = try #require(json["final_predictions"]?.arrayValue)
        #expect(predictions.count == 4)
        #expect(predictions[1].objectValue?.keys == ["input", "target", "output", "correct", "undecided"])
        #expect(predictions[1]["input"] == [0, 1])
        #expect(predictions[1]["target"] == 1)
        #expect(json["converged"]?.boolValue == r.converged)
    }

    @Test func sameSeedSameBytesOtherSeedOtherNumbers() throws {
        let a = try BackpropDemo(steps: 30, seed: 5).run().json.compact
        let b = try BackpropDemo(steps: 30, seed: 5).run().json.compact
        let c = try BackpropDemo(steps: 30, seed: 6).run().json.compact
        #expect(a == b)
        #expect(a != c)
    }

    @Test func badOptionsAreErrorsThatCarryTheValue() {
        #expect(throws: DemoError.self) { try BackpropDemo(hidden: 0) }
        #expect(throws: DemoError.self) { try BackpropDemo(hidden: 17) }
        #expect(throws: DemoError.self) { try BackpropDemo(steps: -3) }
        #expect(throws: DemoError.self) { try BackpropDemo(learningRate: 0) }
        #expect(throws: DemoError.self) { try BackpropDemo(learningRate: .nan) }
        #expect(throws: DemoError.self) { try BackpropDemo(activation: .leakyRelu) }
        #expect(throws: DemoError.hiddenUnits(17)) { try BackpropDemo(hidden: 17) }
        #expect(throws: DemoError.activation("foo")) { try BackpropDemo.activation(named: "foo") }
    }

    @Test func aHugeLearningRateIsCalledDivergenceNotALocalMinimum() throws {
        let r = try BackpropDemo(learningRate: 100).run()
        #expect(!r.converged)
        #expect(r.finalLoss > r.initialLoss)
        let diagnosis = try #require(r.diagnosis)
        #expect(diagnosis.outcome == .diverged && diagnosis.remedies == [.smallerLearningRate])
    }
}
