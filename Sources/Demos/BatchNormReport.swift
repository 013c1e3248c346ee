import JSONKit

/// Everything `demo batchnorm` computed; `json` is the `--json` output.
public struct BatchNormReport: Sendable {
    /// The mean and standard deviation of one hidden layer's sigmoid outputs over the batch.
    public struct LayerStats: Sendable {
        public let mean: Double, std: Double
    }

    public struct Run: Sendable {
        public let batchNorm: Bool
        /// Binary cross-entropy at steps 0…steps.
        public let losses: [Double]
        /// Per hidden layer, at the first step and after training.
        public let before: [LayerStats], after: [LayerStats]
        /// ‖∂L/∂W_1‖ at the first step.
        public let firstLayerGradient: Double
        public let accuracy: Double
    }

    /// The trained batch-norm net on two small batches that share example 0.
    public struct Modes: Sendable {
        public let evalA: [Double], trainA: [Double], evalB: [Double], trainB: [Double]
        /// The first batch-norm layer's running statistics, and batch A's own mean.
        public let runningMean: [Double], runningVariance: [Double], batchMean: [Double]
    }

    public let seed: Int
    public let runs: [Run]
    public let modes: Modes

    public var plain: Run { runs[0] }
    public var normalized: Run { runs[1] }

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "batchnorm"
        o["seed"] = .number(Double(seed))
        o["config"] = [
            "samples": .number(Double(BatchNormDemo.samples)), "hidden_layers": .number(Double(BatchNormDemo.hidden)),
            "width": .number(Double(BatchNormDemo.width)), "activation": "sigmoid", "init": "xavier uniform, zero biases",
            "task": "label 1 inside the circle of radius 1.6, points uniform in [-2, 2]^2", "loss": "binary cross-entropy",
            "optimizer": "full-batch gradient descent", "lr": .number(BatchNormDemo.learningRate),
            "steps": .number(Double(BatchNormDemo.steps)), "batchnorm": "Linear -> BatchNorm -> sigmoid, momentum 0.1, eps 1e-5",
        ]
        func stats(_ s: [LayerStats]) -> JSON { .array(s.map { ["mean": .number($0.mean), "std": .number($0.std)] }) }
        o["runs"] = .array(
            runs.map {
                ["batchnorm": .bool($0.batchNorm), "losses": .numbers($0.losses), "activations_before": stats($0.before),
                 "activations_after": stats($0.after), "first_layer_gradient": .number($0.firstLayerGradient), "accuracy": .number($0.accuracy)]
            })
        o["train_vs_eval"] = [
            "batch_a": .array(BatchNormDemo.batchA.map { .number(Double($0)) }), "batch_b": .array(BatchNormDemo.batchB.map { .number(Double($0)) }),
            "eval_a": .numbers(modes.evalA), "train_a": .numbers(modes.trainA), "eval_b": .numbers(modes.evalB), "train_b": .numbers(modes.trainB),
            "running_mean": .numbers(modes.runningMean), "running_variance": .numbers(modes.runningVariance), "batch_a_mean": .numbers(modes.batchMean),
        ]
        return .object(o)
    }
}
