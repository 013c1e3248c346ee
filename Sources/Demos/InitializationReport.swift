import JSONKit

/// Everything `demo initialization` computed; `json` is the `--json` output.
public struct InitializationReport: Sendable {
    /// One activation with one initialisation; lists are per layer, 1 (first) to depth (last).
    public struct Run: Sendable {
        public let activation: String, scheme: String
        /// The standard deviation of each layer's output h_l over the batch and units.
        public let activationStd: [Double]
        /// The standard deviation of ∂L/∂h_l.
        public let gradientStd: [Double]
        /// ‖∂L/∂W_l‖.
        public let weightGradientNorms: [Double]
    }

    public let seed: Int
    public let runs: [Run]

    public func run(_ activation: String, _ scheme: String) -> Run? {
        runs.first { $0.activation == activation && $0.scheme == scheme }
    }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "initialization"
        o["seed"] = .number(Double(seed))
        o["config"] = [
            "depth": .number(Double(InitializationDemo.depth)), "width": .number(Double(InitializationDemo.width)),
            "batch": .number(Double(InitializationDemo.batch)), "layer": "h = f(h W), no bias",
            "loss": "sum(h_L * R), R standard normal", "small": "N(0, 0.01^2)",
            "xavier": "U(-a, a), a = sqrt(6 / (fan_in + fan_out))", "he": "N(0, 2 / fan_in)",
        ]
        o["layers"] = .array((1...InitializationDemo.depth).map { .number(Double($0)) })
        o["runs"] = .array(
            runs.map {
                ["activation": .string($0.activation), "init": .string($0.scheme), "activation_std": .numbers($0.activationStd),
                 "gradient_std": .numbers($0.gradientStd), "weight_gradient_norms": .numbers($0.weightGradientNorms)]
            })
        return .object(o)
    }
}
