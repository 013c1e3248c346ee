import JSONKit
import TinyTensor

/// Everything `demo activations` computed; `json` is the `--json` output.
public struct ActivationsReport: Sendable {
    /// One x with each activation's value and derivative, in `Activation.allCases` order.
    public struct Point: Sendable {
        public let x: Double
        public let values: [Double]
        public let derivatives: [Double]

        public func value(_ a: Activation) -> Double { values[Activation.allCases.firstIndex(of: a)!] }
        public func derivative(_ a: Activation) -> Double { derivatives[Activation.allCases.firstIndex(of: a)!] }
    }

    /// The mean norm of the first layer's weight gradient at one depth.
    public struct DepthGradient: Sendable {
        public let depth: Int
        public let sigmoid: Double
        public let tanh: Double
        public let relu: Double
    }

    public let seed: Int
    public let points: [Point]
    public let depthGradients: [DepthGradient]

    /// The largest derivative of each activation on the grid (sigmoid's is 0.25, at 0).
    public func maxDerivative(_ a: Activation) -> Double { points.map { $0.derivative(a) }.max() ?? 0 }

    /// How many times smaller the gradient is at the deepest than at the shallowest depth.
    public func shrinkFactor(_ keyPath: KeyPath<DepthGradient, Double>) -> Double {
        guard let first = depthGradients.first, let last = depthGradients.last else { return 1 }
        return first[keyPath: keyPath] / last[keyPath: keyPath]
    }

    /// The deepest network's gradient norm over the shallowest's (1 / `shrinkFactor`).
    public func depthGradientRatio(_ keyPath: KeyPath<DepthGradient, Double>) -> Double { 1 / shrinkFactor(keyPath) }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "activations"
        o["config"] = [
            "seed": .number(Double(seed)), "width": .number(Double(ActivationsDemo.width)),
            "batch": .number(Double(ActivationsDemo.batch)), "seeds_per_depth": .number(Double(ActivationsDemo.seedsPerDepth)),
            "leaky_relu_slope": 0.01,
            "init": ["sigmoid": "xavier", "tanh": "xavier", "relu": "he"],
            "gradient": "frobenius norm of dL/dW1, mean over seeds; loss = MSE of a 16->1 read-out on N(0,1) targets",
        ]
        o["points"] = .array(
            points.map { p in
                var item = JSONObject()
                item["x"] = .number(p.x)
                for a in Activation.allCases {
                    item[a.rawValue] = .number(p.value(a))
                    item[a.rawValue + "_grad"] = .number(p.derivative(a))
                }
                return .object(item)
            })
        o["depth_gradients"] = .array(
            depthGradients.map {
                ["depth": .number(Double($0.depth)), "sigmoid": .number($0.sigmoid), "tanh": .number($0.tanh), "relu": .number($0.relu)]
            })
        return .object(o)
    }
}
