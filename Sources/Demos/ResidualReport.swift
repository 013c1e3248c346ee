import JSONKit

/// Everything `demo residual` computed; `json` is the `--json` output.
public struct ResidualReport: Sendable {
    public let seed: Int
    /// ‖∂L/∂W_l‖ for layers 1 (next to the input) to depth.
    public let plainNorms: [Double], residualNorms: [Double]
    public let plainLoss: Double, residualLoss: Double

    /// ‖∂L/∂W_1‖ / ‖∂L/∂W_depth‖: how much of the gradient reaches the first layer.
    public static func firstToLast(_ norms: [Double]) -> Double { norms.first! / norms.last! }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "residual"
        o["seed"] = .number(Double(seed))
        o["config"] = [
            "depth": .number(Double(ResidualDemo.depth)), "width": .number(Double(ResidualDemo.width)),
            "batch": .number(Double(ResidualDemo.batch)), "activation": "sigmoid", "init": "xavier uniform, no biases",
            "plain": "h = sigmoid(h W)", "residual": "h = h + sigmoid(h W)", "loss": "mean squared error of a linear read-out",
        ]
        o["layers"] = .array((1...ResidualDemo.depth).map { .number(Double($0)) })
        o["plain_gradient_norms"] = .numbers(plainNorms)
        o["residual_gradient_norms"] = .numbers(residualNorms)
        o["plain_first_to_last"] = .number(Self.firstToLast(plainNorms))
        o["residual_first_to_last"] = .number(Self.firstToLast(residualNorms))
        o["plain_loss"] = .number(plainLoss)
        o["residual_loss"] = .number(residualLoss)
        return .object(o)
    }
}
