/// Loss functions; each returns a scalar tensor, the mean over the examples.
public enum Loss {
    /// Mean squared error: mean((p − t)²). Composed from sub, mul and mean.
    public static func meanSquaredError(_ prediction: Tensor, _ target: Tensor) -> Tensor {
        precondition(
            prediction.shape == target.shape,
            "meanSquaredError: prediction shape \(prediction.shape) differs from target shape \(target.shape)")
        let diff = prediction - target
        return (diff * diff).mean()
    }

    /// Binary cross-entropy of probabilities p against targets t in [0, 1], mean over elements:
    /// −mean(t·log p + (1−t)·log(1−p)).   ∂/∂p = (p − t) / (p(1−p)) / n.
    /// p is clamped to [1e−12, 1 − 1e−12] so a saturated sigmoid gives a large, finite loss.
    public static func binaryCrossEntropy(_ probability: Tensor, _ target: Tensor) -> Tensor {
        precondition(
            probability.shape == target.shape,
            "binaryCrossEntropy: probability shape \(probability.shape) differs from target shape \(target.shape)")
        let n = Double(probability.count)
        let p = probability.data.map(clamp), t = target.data
        var total = 0.0
        for i in p.indices {
            total -= t[i] * Elementary.log(p[i]) + (1 - t[i]) * Elementary.log(1 - p[i])
        }
        return Tensor(result: [total / n], shape: [], op: "bce", parents: [probability]) { result in
            let g = result.gradStorage[0] / n
            var grad = [Double](repeating: 0, count: p.count)
            for i in p.indices { grad[i] = g * (p[i] - t[i]) / (p[i] * (1 - p[i])) }
            probability.accumulateGrad(grad)
        }
    }

    /// Categorical cross-entropy from logits [n, classes] and the correct class of each row:
    /// −mean over rows of log softmax(logits)[row, class]. Composed from logSoftmax, mul, sum.
    public static func crossEntropy(logits: Tensor, targets: [Int]) -> Tensor {
        precondition(logits.shape.count == 2, "crossEntropy: logits must be [n, classes], got shape \(logits.shape)")
        let rows = logits.shape[0], classes = logits.shape[1]
        precondition(targets.count == rows, "crossEntropy: \(targets.count) targets for logits of shape \(logits.shape)")
        var oneHot = [Double](repeating: 0, count: rows * classes)
        for (row, c) in targets.enumerated() {
            precondition(c >= 0 && c < classes, "crossEntropy: class \(c) out of range for logits of shape \(logits.shape)")
            oneHot[row * classes + c] = 1
        }
        return crossEntropy(logits: logits, targetProbabilities: Tensor(oneHot, shape: logits.shape))
    }

    /// Categorical cross-entropy against target distributions (rows summing to 1, e.g. one-hot).
    public static func crossEntropy(logits: Tensor, targetProbabilities: Tensor) -> Tensor {
        precondition(
            logits.shape == targetProbabilities.shape && logits.shape.count == 2,
            "crossEntropy: logits shape \(logits.shape) and target shape \(targetProbabilities.shape) must be the same [n, classes]")
        return -(logits.logSoftmax() * targetProbabilities).sum() / Double(logits.shape[0])
    }

    static func clamp(_ p: Double) -> Double { Swift.min(Swift.max(p, 1e-12), 1 - 1e-12) }
}
