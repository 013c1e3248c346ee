import TinyTensor

/// `demo early-stopping`: a linear model with 18 features fitted to only 20 noisy examples (almost
/// as many weights as examples: it can fit the noise), by full-batch gradient descent from zero
/// weights. The training loss keeps falling; the validation loss (50 fresh examples) falls, then
/// rises as the weights start to fit the noise. Early stopping watches the validation loss, stops
/// after `patience` steps without a new best, and restores the best weights.
///
/// Training runs all `steps` anyway, so the curves show what stopping avoided.
public struct EarlyStoppingDemo: Sendable {
    public static let features = 18
    public static let trainSize = 20
    public static let validationSize = 50
    public static let weightScale = 0.5
    public static let noise = 1.0
    public static let learningRate = 0.02
    public static let steps = 300
    public static let patience = 20

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> EarlyStoppingReport {
        var rng = SplitMix64(seed: seed)
        let d = Self.features
        let truth = (0..<d).map { _ in Self.weightScale * rng.normal() }
        func sample(_ n: Int) -> (Tensor, Tensor) {
            let x = (0..<(n * d)).map { _ in rng.normal() }
            let y = (0..<n).map { i in (0..<d).map { x[i * d + $0] * truth[$0] }.reduce(0, +) }
            let noisy = y.map { $0 + Self.noise * rng.normal() }
            return (Tensor(x, shape: [n, d]), Tensor(noisy, shape: [n, 1]))
        }
        // Draw order: X then its noise, per set, as the fixture script does.
        let (x, y) = sample(Self.trainSize)
        let (xv, yv) = sample(Self.validationSize)
        let w = Tensor.zeros([d, 1], requiresGrad: true)
        let optimizer = SGD(parameters: [w], learningRate: Self.learningRate)
        var train: [Double] = [], validation: [Double] = [], weights: [[Double]] = []
        for step in 0...Self.steps {
            optimizer.zeroGrad()
            let loss = Loss.meanSquaredError(x.matmul(w), y)
            train.append(loss.item)
            validation.append(GradMode.withoutGrad { Loss.meanSquaredError(xv.matmul(w), yv).item })
            weights.append(w.data)
            if step == Self.steps { break }
            loss.backward()
            optimizer.step()
        }
        // The rule, as a training loop applies it step by step.
        var best = 0, stopped: Int? = nil
        for step in 1...Self.steps {
            if validation[step] < validation[best] { best = step }
            if step - best >= Self.patience { stopped = step; break }
        }
        return EarlyStoppingReport(
            seed: seed, trainLosses: train, validationLosses: validation, bestStep: best, stoppedStep: stopped,
            restoredWeights: weights[best], finalWeights: weights[Self.steps], trueWeights: truth)
    }
}
