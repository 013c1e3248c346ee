import JSONKit

/// Everything `demo gradient-descent` computed; `json` is the `--json` output.
public struct GradientDescentReport: Sendable {
    public struct Run: Sendable {
        public let name: String
        public let batchSize: Int, updatesPerEpoch: Int
        /// The loss on the whole data set at the start and after every update.
        public let losses: [Double]
        /// The same at the start and after every epoch.
        public let epochLosses: [Double]
        public let weights: [Double], bias: Double

        /// The share of updates after which the whole-data loss went up: the noise of the estimate.
        public var uphillFraction: Double {
            let ups = zip(losses, losses.dropFirst()).filter { $1 > $0 }.count
            return Double(ups) / Double(losses.count - 1)
        }
    }

    public let seed: Int
    public let runs: [Run]
    /// The least-squares loss: no method can go below it.
    public let optimumLoss: Double

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "gradient-descent"
        o["seed"] = .number(Double(seed))
        o["config"] = [
            "samples": .number(Double(GradientDescentDemo.samples)), "true_weights": .numbers(GradientDescentDemo.trueWeights),
            "true_bias": .number(GradientDescentDemo.trueBias), "noise": .number(GradientDescentDemo.noise),
            "lr": .number(GradientDescentDemo.learningRate), "epochs": .number(Double(GradientDescentDemo.epochs)),
            "loss": "mean squared error of y = x w + b",
        ]
        o["optimum_loss"] = .number(optimumLoss)
        o["runs"] = .array(
            runs.map {
                ["name": .string($0.name), "batch_size": .number(Double($0.batchSize)), "updates_per_epoch": .number(Double($0.updatesPerEpoch)),
                 "losses": .numbers($0.losses), "epoch_losses": .numbers($0.epochLosses), "uphill_fraction": .number($0.uphillFraction),
                 "weights": .numbers($0.weights), "bias": .number($0.bias)]
            })
        return .object(o)
    }
}
