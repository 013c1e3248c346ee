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
        public let correct: Bool
    }

    public let demo: BackpropDemo
    public let initialParameters: XORParameters
    public let forward: Forward
    public let backward: Backward
    public let numericGradients: XORParameters
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

    /// When training failed: what probably happened and what to try. Nil when it converged.
    public var diagnosis: String? {
        guard !converged else { return nil }
        var text: String
        if finalLoss > initialLoss {
            text = "Diverged: the loss rose from \(JSON.format(Formatting.round(initialLoss, 4))) to \(JSON.format(Formatting.round(finalLoss, 4))). "
                + "The learning rate is too large: the steps overshoot, and the sigmoid output ends pinned near 0 or 1, where its gradient vanishes."
        } else if plateaued {
            text = "Stuck: the loss stopped falling at \(JSON.format(Formatting.round(finalLoss, 4))) with \(finalPredictions.filter(\.correct).count) of 4 right. "
                + "This seed led gradient descent into a local minimum or a flat region, where the gradient is almost zero but the answer is wrong."
        } else {
            text = "Not there yet: the loss is still falling (\(JSON.format(Formatting.round(finalLoss, 4))) now), so training was too short for this seed."
        }
        if deadReLUUnits > 0 {
            text += " \(deadReLUUnits) of \(demo.hidden) ReLU units are dead (negative input for all four rows, so zero gradient): they can never recover."
        }
        if finalLoss > initialLoss {
            return text + " Try a smaller --lr, e.g. --lr 0.5."
        }
        var tries = ["another --seed", "more --hidden units (e.g. --hidden 8)", plateaued ? "a different --lr" : "more --steps"]
        if demo.activation != .tanh { tries.append("--activation tanh") }
        text += " Try " + tries.dropLast().joined(separator: ", ") + " or " + tries.last! + "."
        return text
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
                ["input": .numbers($0.input), "target": .number($0.target), "output": .number($0.output), "correct": .bool($0.correct)]
            })
        o["converged"] = .bool(converged)
        o["diagnosis"] = JSON(diagnosis)
        return .object(o)
    }
}
