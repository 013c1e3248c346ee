import TinyTensor

/// `demo regularization`: L1 against L2 on a linear regression where only the first three of ten
/// features matter (true weights 3, −2, 1.5, then zeros). Both minimise mean((Xw − y)²) plus a
/// penalty, for a range of λ:
/// - L2 (ridge): + λ Σ w², by plain gradient descent (TinyTensor's autodiff of the whole loss);
/// - L1 (lasso): + λ Σ |w|, by proximal gradient descent (ISTA): a gradient step on the squared
///   error (autodiff), then soft-thresholding w ← sign(w)·max(|w| − lr·λ, 0).
/// NOTE: the soft threshold is what puts weights at exactly 0. Plain gradient descent on |w| only
/// steps back and forth across 0 by lr·λ and never lands on it.
public struct RegularizationDemo: Sendable {
    public static let samples = 50
    public static let trueWeights: [Double] = [3, -2, 1.5, 0, 0, 0, 0, 0, 0, 0]
    public static let noise = 1.0
    public static let lambdas: [Double] = [0.01, 0.03, 0.1, 0.3, 1, 3]
    /// The λ the summary table is about.
    public static let headlineLambda = 1.0
    public static let learningRate = 0.1
    public static let steps = 600
    /// |w| below this counts as "nearly zero".
    public static let nearlyZero = 0.01

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    /// X [samples, features] and y, from the seed.
    public func data() -> (x: [Double], y: [Double]) {
        var rng = SplitMix64(seed: seed)
        let d = Self.trueWeights.count
        let x = (0..<(Self.samples * d)).map { _ in rng.normal() }
        let y = (0..<Self.samples).map { i in
            (0..<d).map { x[i * d + $0] * Self.trueWeights[$0] }.reduce(0, +) + Self.noise * rng.normal()
        }
        return (x, y)
    }

    public func run() -> RegularizationReport {
        let (xs, ys) = data()
        let d = Self.trueWeights.count
        let x = Tensor(xs, shape: [Self.samples, d]), y = Tensor(ys, shape: [Self.samples, 1])
        func fit(_ lambda: Double, l1: Bool) -> [Double] {
            let w = Tensor.zeros([d, 1], requiresGrad: true)
            let lambdaTensor = Tensor(lambda)
            for _ in 0..<Self.steps {
                w.zeroGrad()
                let mse = Loss.meanSquaredError(x.matmul(w), y)
                (l1 ? mse : mse + lambdaTensor * (w * w).sum()).backward()
                let g = w.grad
                let threshold = Self.learningRate * lambda
                w.data = w.data.indices.map { i in
                    let stepped = w.data[i] - Self.learningRate * g[i]
                    guard l1 else { return stepped }
                    return stepped > threshold ? stepped - threshold : (stepped < -threshold ? stepped + threshold : 0)
                }
            }
            return w.data
        }
        let unregularized = fit(0, l1: false)
        return RegularizationReport(
            seed: seed, unregularized: unregularized,
            l1: Self.lambdas.map { fit($0, l1: true) }, l2: Self.lambdas.map { fit($0, l1: false) })
    }
}
