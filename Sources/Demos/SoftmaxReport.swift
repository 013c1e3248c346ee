import JSONKit

/// Everything `demo softmax` computed; `json` is the `--json` output.
public struct SoftmaxReport: Sendable {
    public let seed: Int
    public let logits: [Double]
    public let target: Int
    public let probabilities: [Double]
    /// −log p[target].
    public let loss: Double
    /// ∂loss/∂logits by autodiff; equals p − onehot(target).
    public let gradient: [Double]
    public let temperatures: [(t: Double, probabilities: [Double])]
    /// logits + SoftmaxDemo.shift, and whether eˣ and the unshifted formula stayed finite there.
    public let shiftedLogits: [Double]
    public let naiveExpFinite: Bool
    public let naiveProbabilitiesFinite: Bool
    /// Softmax of the shifted logits with the maximum subtracted: the same as `probabilities`.
    public let stableProbabilities: [Double]

    /// The largest |stable − probabilities|: shifting all logits changes nothing.
    public var shiftInvariance: Double { zip(stableProbabilities, probabilities).map { Swift.abs($0 - $1) }.max() ?? 0 }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "softmax"
        o["seed"] = .number(Double(seed))
        o["logits"] = .numbers(logits)
        o["target"] = .number(Double(target))
        o["probabilities"] = .numbers(probabilities)
        o["loss"] = .number(loss)
        o["gradient"] = .numbers(gradient)
        o["temperatures"] = .array(temperatures.map { ["t": .number($0.t), "probabilities": .numbers($0.probabilities)] })
        o["overflow"] = [
            "shift": .number(SoftmaxDemo.shift), "shifted_logits": .numbers(shiftedLogits),
            "naive_exp_finite": .bool(naiveExpFinite), "naive_probabilities_finite": .bool(naiveProbabilitiesFinite),
            "stable_probabilities": .numbers(stableProbabilities),
        ]
        return .object(o)
    }
}
