import JSONKit
import TinyTensor

/// Everything `demo backprop` computed, as data; `json` is the `--json` output.
public struct BackpropReport: Sendable {
    /// One forward pass at the initial parameters. Rows follow the four inputs.
    public struct Forward: Sendable {
        public let z1: [[Double]]  // X·W1 + b1, [4,H]
        public let hidden: [[Double]]  // act(z1), [4,H]
        public let z2: [Double]  // hidden·W2 + b2, [4]
        public let output: [Double]  // sigmoid(z2), [4]
        public let rowLosses: [Double]  // −[y·ln(out) + (1−y)·ln(1−out)], [4]; their mean is `loss`
        public let loss: Double
    }

    /// The backward pass: each chain-rule factor and each gradient, at the initial parameters.
    public struct Backward: Sendable {
        public let dLossDOutput: [Double]  // (out − y) / (out(1 − out)) / 4
        public let dOutputDZ2: [Double]  // sigmoid′ = out(1 − out)
        public let dLossDZ2: [Double]  // product of the two: (out − y) / 4
        public let dLossDHidden: [[Double]]  // dL/dz2 · W2ᵀ
        public let dHiddenDZ1: [[Double]]  // act′(z1)
        public let dLossDZ1: [[Double]]  // elementwise product of the two
        public let gradients: XORParameters  // dW1 = Xᵀ·dz1, db1 = Σ rows dz1, dW2 = hiddenᵀ·dz2, db2 = Σ dz2
    }

    public struct Prediction: Sendable, Equatable {
        public let input: [Double]
        public let target: Double
        public let output: Double
        /// Right side of 0.5 and decided: |output − 0.5| ≥ `BackpropDemo.undecidedMargin`.
        public let correct: Bool

        /// An output within the margin of 0.5 (e.g. 0.5001) is neither right nor wrong: undecided.
        public var undecided: Bool { Swift.abs(output - 0.5) < BackpropDemo.undecidedMargin }
    }

    /// Below this many steps, a run that is still improving only needs more steps.
    static let fewSteps = 100

    public let demo: BackpropDemo
    public let initialParameters: XORParameters
    public let forward: Forward
    public let backward: Backward
    public let numericGradients: XORParameters
    /// Per parameter element, in `XORParameters.flattened` order: |autodiff − numeric| relative.
    public let gradientCheckRelErrors: [Double]
    public let gradientCheckMaxRelError: Double
    /// The loss before each training step; entry 0 is the initial loss.
    public let lossCurve: [Double]
    /// The loss after the last step.
    public let finalLoss: Double
    public let finalParameters: XORParameters
    public let finalPredictions: [Prediction]
    /// ReLU only: hidden units that output 0 for all four inputs after training.
    public let deadReLUUnits: Int

    public var initialLoss: Double { forward.loss }

    /// All four inputs classified correctly (output above 0.5 exactly when the target is 1).
    public var converged: Bool { finalPredictions.allSatisfy(\.correct) }

    /// Whether the loss has stopped falling: less than 1% lower over the last fifth of training.
    public var plateaued: Bool {
        guard lossCurve.count >= 10 else { return false }
        let earlier = lossCurve[lossCurve.count - lossCurve.count / 5]
        return finalLoss > earlier * 0.99
    }

    /// Whether autodiff and finite differences agree to 1e-6 everywhere.
    public var gradientCheckPassed: Bool { gradientCheckMaxRelError <= 1e-6 }

    /// When training failed: what probably happened and what to try. Nil when it converged.
    public var diagnosis: BackpropDiagnosis? {
        guard !converged else { return nil }
        let outcome: BackpropDiagnosis.Outcome = finalLoss > initialLoss ? .diverged : (plateaued ? .stuck : .tooShort)
        var remedies: [BackpropDiagnosis.Remedy]
        if outcome == .diverged {
            remedies = [.smallerLearningRate]
        } else {
            remedies = [.anotherSeed, .moreHiddenUnits, outcome == .stuck ? .differentLearningRate : .moreSteps]
            if demo.activation != .tanh { remedies.append(.tanhActivation) }
            // A handful of steps is simply too few: another seed or architecture would not help.
            if outcome == .tooShort && demo.steps < BackpropReport.fewSteps { remedies = [.moreSteps] }
        }
        return BackpropDiagnosis(
            outcome: outcome, initialLoss: initialLoss, finalLoss: finalLoss,
            correct: finalPredictions.filter(\.correct).count, deadReLUUnits: deadReLUUnits,
            hiddenUnits: demo.hidden, remedies: remedies)
    }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "backprop"
        o["config"] = [
            "hidden": .number(Double(demo.hidden)), "activation": .string(demo.activation.rawValue),
            "lr": .number(demo.learningRate), "steps": .number(Double(demo.steps)), "seed": .number(Double(demo.seed)),
        ]
        o["inputs"] = .matrix(BackpropDemo.inputs)
        o["targets"] = .numbers(BackpropDemo.targets)
        o["initial_parameters"] = initialParameters.json
        o["forward"] = [
            "z1": .matrix(forward.z1), "hidden": .matrix(forward.hidden),
            "z2": .numbers(forward.z2), "output": .numbers(forward.output),
        ]
        o["initial_loss"] = .number(initialLoss)
        o["backward"] = [
            "dloss_doutput": .numbers(backward.dLossDOutput),
            "doutput_dz2": .numbers(backward.dOutputDZ2),
            "dloss_dz2": .numbers(backward.dLossDZ2),
            "dloss_dhidden": .matrix(backward.dLossDHidden),
            "dhidden_dz1": .matrix(backward.dHiddenDZ1),
            "dloss_dz1": .matrix(backward.dLossDZ1),
        ]
        o["gradients"] = backward.gradients.json
        o["numeric_gradients"] = numericGradients.json
        o["gradient_check_max_rel_error"] = .number(gradientCheckMaxRelError)
        o["loss_curve"] = .numbers(lossCurve)
        o["final_loss"] = .number(finalLoss)
        o["final_parameters"] = finalParameters.json
        o["final_predictions"] = .array(
            finalPredictions.map {
                ["input": .numbers($0.input), "target": .number($0.target), "output": .number($0.output), "correct": .bool($0.correct), "undecided": .bool($0.undecided)]
            })
        o["converged"] = .bool(converged)
        o["diagnosis"] = diagnosis.map { d in
            [
                "outcome": .string(d.outcome.rawValue), "correct": .number(Double(d.correct)),
                "dead_relu_units": .number(Double(d.deadReLUUnits)),
                "remedies": .array(d.remedies.map { .string($0.rawValue) }),
            ]
        } ?? .null
        return .object(o)
    }
}
