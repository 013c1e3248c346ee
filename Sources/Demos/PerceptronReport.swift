import JSONKit

/// Everything `demo perceptron` computed; `json` is the `--json` output.
public struct PerceptronReport: Sendable {
    /// One example seen: the score z = w·x + b before the update, and the weights after it.
    public struct Step: Sendable {
        public let epoch: Int
        public let input: [Double]
        public let target: Double, z: Double, prediction: Double
        public let weights: [Double]
        public let bias: Double
    }

    public struct Run: Sendable {
        public let steps: [Step]
        /// Misclassified examples in each epoch (training stops after an epoch with none).
        public let errorsPerEpoch: [Int]
        public let converged: Bool
        public let weights: [Double]
        public let bias: Double
    }

    public let seed: Int
    public let initialWeights: [Double]
    public let initialBias: Double
    public let and: Run, xor: Run

    public var json: JSON {
        func run(_ r: Run) -> JSON {
            [
                "steps": .array(r.steps.map {
                    ["epoch": .number(Double($0.epoch)), "input": .numbers($0.input), "target": .number($0.target), "z": .number($0.z),
                     "prediction": .number($0.prediction), "weights": .numbers($0.weights), "bias": .number($0.bias)]
                }),
                "errors_per_epoch": .array(r.errorsPerEpoch.map { .number(Double($0)) }),
                "converged": .bool(r.converged), "weights": .numbers(r.weights), "bias": .number(r.bias),
            ]
        }
        var o = JSONObject()
        o["demo"] = "perceptron"
        o["seed"] = .number(Double(seed))
        o["rule"] = "w <- w + lr (y - yhat) x, b <- b + lr (y - yhat); yhat = 1 if w.x + b > 0 else 0"
        o["lr"] = .number(PerceptronDemo.learningRate)
        o["initial_weights"] = .numbers(initialWeights)
        o["initial_bias"] = .number(initialBias)
        o["and"] = run(and)
        o["xor"] = run(xor)
        return .object(o)
    }
}
