import JSONKit

/// Everything `demo rnn` computed; `json` is the `--json` output.
public struct RNNReport: Sendable {
    public let seed: Int
    /// t = T…1.
    public let steps: [Int]
    /// ‖∂L/∂h_t‖ in the order of `steps`.
    public let rnnNorms: [Double], lstmNorms: [Double], lowForgetLSTMNorms: [Double]
    /// The forget gate's mean value over units and steps, for forget bias +1 and −3.
    public let meanForgetGate: Double, lowMeanForgetGate: Double

    /// ‖∂L/∂h_1‖ / ‖∂L/∂h_T‖: how much of the gradient survives the whole sequence.
    public func survival(_ norms: [Double]) -> Double { norms.last! / norms.first! }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "rnn"
        o["seed"] = .number(Double(seed))
        o["config"] = [
            "hidden": .number(Double(RNNDemo.hidden)), "input": .number(Double(RNNDemo.inputSize)),
            "loss": "sum of the last hidden state h_T", "init": "U(-1/sqrt(hidden), 1/sqrt(hidden)), as PyTorch",
            "forget_bias": .number(RNNDemo.forgetBias), "low_forget_bias": .number(RNNDemo.lowForgetBias),
        ]
        o["steps"] = .array(steps.map { .number(Double($0)) })
        o["rnn_gradient_norms"] = .numbers(rnnNorms)
        o["lstm_gradient_norms"] = .numbers(lstmNorms)
        o["lstm_low_forget_gradient_norms"] = .numbers(lowForgetLSTMNorms)
        o["mean_forget_gate"] = .number(meanForgetGate)
        o["low_mean_forget_gate"] = .number(lowMeanForgetGate)
        return .object(o)
    }
}
