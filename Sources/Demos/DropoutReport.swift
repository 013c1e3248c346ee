import JSONKit

/// Everything `demo dropout` computed; `json` is the `--json` output.
public struct DropoutReport: Sendable {
    public struct Mask: Sendable {
        /// 1 kept, 0 dropped.
        public let keep: [Double]
        /// activation × keep / (1 − p)
        public let output: [Double]
    }

    public struct Checkpoint: Sendable {
        public let samples: Int
        /// max over units of |running mean − eval output|
        public let maxAbsError: Double
    }

    public let p: Double
    public let seed: Int
    /// The input of the layer whose activations are dropped.
    public let layerInput: [Double]
    /// The layer's activations: what dropout is applied to.
    public let input: [Double]
    public let masks: [Mask]
    public let evalOutput: [Double]
    public let empiricalMean: [Double]
    public let samples: Int
    public let droppedFraction: Double
    public let standardError: [Double]
    /// a·√(p/(1−p))/√n: what the standard error should be.
    public let expectedStandardError: [Double]
    public let convergence: [Checkpoint]
    /// Classic dropout (no scaling in training): its mean training output, and its inference output a·(1−p).
    public let classicTrainingMean: [Double]
    public let classicInferenceOutput: [Double]

    /// 1 − p: the chance a unit is kept.
    public var keepProbability: Double { 1 - p }
    /// 1/(1 − p): the factor kept units are scaled by in training.
    public var scale: Double { 1 / (1 - p) }
    /// In how many of the samples a unit is expected to be kept: samples·(1 − p).
    public var expectedKeptSamples: Double { Double(samples) * (1 - p) }

    /// Each unit's distance of the empirical mean from the eval output, in standard errors.
    public var zScores: [Double] {
        (0..<input.count).map { standardError[$0] > 0 ? (empiricalMean[$0] - evalOutput[$0]) / standardError[$0] : 0 }
    }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "dropout"
        o["p"] = .number(p)
        o["seed"] = .number(Double(seed))
        o["layer"] = "4 N(0,1) inputs -> Linear(4->8, Xavier, bias 0) -> sigmoid"
        o["layer_input"] = .numbers(layerInput)
        o["input"] = .numbers(input)
        o["masks"] = .array(masks.map { ["keep": .numbers($0.keep), "output": .numbers($0.output)] })
        o["eval_output"] = .numbers(evalOutput)
        o["empirical_mean"] = .numbers(empiricalMean)
        o["samples"] = .number(Double(samples))
        o["dropped_fraction"] = .number(droppedFraction)
        o["standard_error"] = .numbers(standardError)
        o["expected_standard_error"] = .numbers(expectedStandardError)
        o["convergence"] = .array(
            convergence.map { ["samples": .number(Double($0.samples)), "max_abs_error": .number($0.maxAbsError)] })
        o["classic"] = [
            "training_mean": .numbers(classicTrainingMean),
            "inference_output": .numbers(classicInferenceOutput),
        ]
        return .object(o)
    }
}
