/// Batch normalisation of [N, F] (per feature) or [N, C, H, W] (per channel): in training, each
/// batch is normalised with its own mean and (biased) variance, and running averages are kept;
/// in evaluation, the running averages are used instead, so one example's output does not
/// depend on the rest of its batch. Then a learned scale γ and shift β.
public final class BatchNorm: Module {
    public let gamma: Tensor
    public let beta: Tensor
    public var isTraining = true
    /// running ← (1 − momentum)·running + momentum·batch statistic (PyTorch's convention).
    public let momentum: Double
    public let epsilon: Double
    public private(set) var runningMean: [Double]
    /// Kept with the unbiased batch variance (n − 1), as PyTorch does.
    public private(set) var runningVariance: [Double]

    public init(features: Int, momentum: Double = 0.1, epsilon: Double = 1e-5) {
        gamma = Tensor.ones([features], requiresGrad: true)
        beta = Tensor.zeros([features], requiresGrad: true)
        self.momentum = momentum
        self.epsilon = epsilon
        runningMean = [Double](repeating: 0, count: features)
        runningVariance = [Double](repeating: 1, count: features)
    }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        let features = gamma.count
        precondition((x.shape.count == 2 || x.shape.count == 4) && x.shape[1] == features, "BatchNorm: input \(x.shape) has no \(features) features on axis 1")
        let axes = x.shape.count == 2 ? [0] : [0, 2, 3]
        let statShape = x.shape.count == 2 ? [features] : [1, features, 1, 1]
        let scale = gamma.reshaped(statShape), shift = beta.reshaped(statShape)
        guard isTraining else {
            let mean = Tensor(runningMean, shape: statShape)
            let sd = Tensor(runningVariance.map { ($0 + epsilon).squareRoot() }, shape: statShape)
            return (x - mean) / sd * scale + shift
        }
        let n = Double(x.count / features)
        let (batchMean, batchVariance) = GradMode.withoutGrad {
            let mean = x.mean(axes: axes)
            let centered = x - mean.reshaped(statShape)
            return (mean.data, (centered * centered).mean(axes: axes).data)
        }
        for f in 0..<features {
            runningMean[f] = (1 - momentum) * runningMean[f] + momentum * batchMean[f]
            runningVariance[f] = (1 - momentum) * runningVariance[f] + momentum * batchVariance[f] * n / Swift.max(1, n - 1)
        }
        return x.normalized(axes: axes, epsilon: epsilon) * scale + shift
    }

    public var parameters: [Tensor] { [gamma, beta] }
}
