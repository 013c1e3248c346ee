import JSONKit

/// Everything `demo overfitting` computed; `json` is the `--json` output.
public struct OverfittingReport: Sendable {
    public struct Checkpoint: Sendable {
        public let step: Int
        public let trainMSE: Double
        public let testMSE: Double
    }

    public struct Run: Sendable {
        /// The seed of the initial weights (shared by the runs with and without dropout).
        public let initSeed: UInt64
        /// The dropout probability; 0 for the run without dropout.
        public let dropout: Double
        public let trainMSE: Double
        public let testMSE: Double
        public let curve: [Checkpoint]
    }

    public let p: Double
    public let seed: Int
    public let trainX: [Double], trainY: [Double]
    public let testX: [Double], testY: [Double]
    /// Without and with dropout, alternating, for each initialisation.
    public let runs: [Run]
    /// The first initialisation's predictions on the test grid, without and with dropout.
    public let fitWithout: [Double], fitWith: [Double]

    public var without: [Run] { runs.filter { $0.dropout == 0 } }
    public var with: [Run] { runs.filter { $0.dropout > 0 } }

    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(Swift.max(1, values.count)) }

    public var meanTestWithout: Double { Self.mean(without.map(\.testMSE)) }
    public var meanTestWith: Double { Self.mean(with.map(\.testMSE)) }
    public var meanTrainWithout: Double { Self.mean(without.map(\.trainMSE)) }
    public var meanTrainWith: Double { Self.mean(with.map(\.trainMSE)) }

    /// Dropout lowered the mean test error.
    public var dropoutHelped: Bool { meanTestWith < meanTestWithout }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "overfitting"
        o["p"] = .number(p)
        o["seed"] = .number(Double(seed))
        let w = OverfittingDemo.width
        o["config"] = [
            "network": .string("1-\(w)-\(w)-1, tanh, Xavier, zero biases; dropout after each hidden layer"),
            "optimizer": "adam", "lr": .number(OverfittingDemo.learningRate), "steps": .number(Double(OverfittingDemo.steps)),
            "train_points": .number(Double(OverfittingDemo.trainCount)), "noise_sd": .number(OverfittingDemo.noise),
            "target": "sin(x) on [-3, 3]; test = 100 grid points of the noise-free curve; errors in eval mode",
        ]
        o["train"] = ["x": .numbers(trainX), "y": .numbers(trainY)]
        o["test"] = ["x": .numbers(testX), "y": .numbers(testY)]
        o["runs"] = .array(
            runs.map { r in
                [
                    "init_seed": .string(String(r.initSeed)), "dropout": .number(r.dropout),
                    "train_mse": .number(r.trainMSE), "test_mse": .number(r.testMSE),
                    "curve": .array(r.curve.map { ["step": .number(Double($0.step)), "train_mse": .number($0.trainMSE), "test_mse": .number($0.testMSE)] }),
                ]
            })
        o["mean"] = [
            "without_dropout": ["train_mse": .number(meanTrainWithout), "test_mse": .number(meanTestWithout)],
            "with_dropout": ["train_mse": .number(meanTrainWith), "test_mse": .number(meanTestWith)],
        ]
        o["fits"] = ["x": .numbers(testX), "without_dropout": .numbers(fitWithout), "with_dropout": .numbers(fitWith)]
        return .object(o)
    }
}
