import JSONKit

/// Everything `demo regularization` computed; `json` is the `--json` output.
public struct RegularizationReport: Sendable {
    public let seed: Int
    /// Least squares without a penalty (λ = 0).
    public let unregularized: [Double]
    /// The weights for each λ of `RegularizationDemo.lambdas`.
    public let l1: [[Double]], l2: [[Double]]

    public static func exactlyZero(_ w: [Double]) -> Int { w.filter { $0 == 0 }.count }
    public static func nearlyZero(_ w: [Double]) -> Int { w.filter { Swift.abs($0) < RegularizationDemo.nearlyZero }.count }

    var headline: Int { RegularizationDemo.lambdas.firstIndex(of: RegularizationDemo.headlineLambda)! }
    public var l1Headline: [Double] { l1[headline] }
    public var l2Headline: [Double] { l2[headline] }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "regularization"
        o["seed"] = .number(Double(seed))
        o["config"] = [
            "samples": .number(Double(RegularizationDemo.samples)), "noise": .number(RegularizationDemo.noise),
            "loss": "mean((X w - y)^2) + lambda * sum(|w|) (l1) or + lambda * sum(w^2) (l2)",
            "l1_solver": "proximal gradient (ISTA): gradient step, then soft threshold", "l2_solver": "gradient descent",
            "lr": .number(RegularizationDemo.learningRate), "steps": .number(Double(RegularizationDemo.steps)),
            "nearly_zero_below": .number(RegularizationDemo.nearlyZero),
        ]
        o["true_weights"] = .numbers(RegularizationDemo.trueWeights)
        o["unregularized"] = .numbers(unregularized)
        o["lambdas"] = .numbers(RegularizationDemo.lambdas)
        o["l1_paths"] = .matrix(l1)
        o["l2_paths"] = .matrix(l2)
        o["l1_exactly_zero"] = .array(l1.map { .number(Double(Self.exactlyZero($0))) })
        o["l2_exactly_zero"] = .array(l2.map { .number(Double(Self.exactlyZero($0))) })
        o["l1_nearly_zero"] = .array(l1.map { .number(Double(Self.nearlyZero($0))) })
        o["l2_nearly_zero"] = .array(l2.map { .number(Double(Self.nearlyZero($0))) })
        o["headline_lambda"] = .number(RegularizationDemo.headlineLambda)
        return .object(o)
    }
}
