import TinyTensor

/// `demo residual`: the gradient that reaches each layer of a deep sigmoid network, without and
/// with skip connections. The same weights (Xavier, no biases) serve both:
///   plain     h_l = σ(h_{l−1} W_l)
///   residual  h_l = h_{l−1} + σ(h_{l−1} W_l)
/// then a linear read-out and the mean squared error against random targets.
/// NOTE: in the plain net ∂h_l/∂h_{l−1} = diag(σ′)·W_lᵀ, with σ′ ≤ 1/4, so the gradient shrinks at
/// every layer on its way down. The skip adds the identity: ∂h_l/∂h_{l−1} = I + diag(σ′)·W_lᵀ, so
/// the gradient from the top reaches every layer at least once unchanged.
public struct ResidualDemo: Sendable {
    public static let depth = 20
    public static let width = 16
    public static let batch = 16

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> ResidualReport {
        var rng = SplitMix64(seed: seed)
        let n = Self.batch, d = Self.width
        let x = Tensor((0..<(n * d)).map { _ in rng.normal() }, shape: [n, d])
        let y = Tensor((0..<n).map { _ in rng.normal() }, shape: [n, 1])
        let weights = (0..<Self.depth).map { _ in Initializer.xavier.weights(fanIn: d, fanOut: d, rng: &rng) }
        let readout = Tensor(Initializer.xavier.weights(fanIn: d, fanOut: 1, rng: &rng), shape: [d, 1])
        func gradientNorms(skip: Bool) -> (norms: [Double], loss: Double) {
            let ws = weights.map { Tensor($0, shape: [d, d], requiresGrad: true) }
            var h = x
            for w in ws {
                let branch = h.matmul(w).sigmoid()
                h = skip ? h + branch : branch
            }
            let loss = Loss.meanSquaredError(h.matmul(readout), y)
            loss.backward()
            return (ws.map { Spread.norm($0.grad) }, loss.item)
        }
        let plain = gradientNorms(skip: false), residual = gradientNorms(skip: true)
        return ResidualReport(seed: seed, plainNorms: plain.norms, residualNorms: residual.norms, plainLoss: plain.loss, residualLoss: residual.loss)
    }
}
