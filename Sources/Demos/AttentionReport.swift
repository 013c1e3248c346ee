import JSONKit

/// Everything `demo attention` computed; `json` is the `--json` output.
public struct AttentionReport: Sendable {
    /// One dimension of the scaling experiment.
    public struct Scaling: Sendable {
        public let d: Int
        public let scoreSD: Double, scaledScoreSD: Double
        public let meanMaxWeight: Double, meanMaxWeightScaled: Double
    }

    public let seed: Int
    public let q: [[Double]], k: [[Double]], v: [[Double]]
    /// QKᵀ/√d.
    public let scores: [[Double]]
    public let weights: [[Double]], output: [[Double]]
    public let maskedWeights: [[Double]], maskedOutput: [[Double]]
    public let scaling: [Scaling]

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "attention"
        o["seed"] = .number(Double(seed))
        o["d"] = .number(Double(AttentionDemo.dim))
        o["q"] = .matrix(q)
        o["k"] = .matrix(k)
        o["v"] = .matrix(v)
        o["scores"] = .matrix(scores)
        o["weights"] = .matrix(weights)
        o["output"] = .matrix(output)
        o["masked_weights"] = .matrix(maskedWeights)
        o["masked_output"] = .matrix(maskedOutput)
        o["scaling"] = .array(
            scaling.map {
                ["d": .number(Double($0.d)), "score_sd": .number($0.scoreSD), "scaled_score_sd": .number($0.scaledScoreSD),
                 "mean_max_weight": .number($0.meanMaxWeight), "mean_max_weight_scaled": .number($0.meanMaxWeightScaled)]
            })
        return .object(o)
    }
}
