import TinyTensor

/// `demo activations`: the four activations and their derivatives, then how the gradient that
/// reaches the first layer of an MLP shrinks (or not) with depth.
public struct ActivationsDemo: Sendable {
    /// The grid of the table and plots: −4 to 4 in steps of 0.25 (0 included exactly).
    public static let grid: [Double] = (-16...16).map { Double($0) / 4 }
    public static let depths = Array(2...20)
    public static let width = 16
    public static let batch = 16
    public static let seedsPerDepth = 5
    public static let depthActivations: [Activation] = [.sigmoid, .tanh, .relu]

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> ActivationsReport {
        ActivationsReport(seed: seed, points: Self.points(), depthGradients: depthGradients())
    }

    /// Values and derivatives on the grid; derivatives by autodiff (d/dx of Σ f(x) is f′ elementwise).
    static func points() -> [ActivationsReport.Point] {
        var values: [Activation: [Double]] = [:], slopes: [Activation: [Double]] = [:]
        for activation in Activation.allCases {
            let x = Tensor(grid, shape: [grid.count], requiresGrad: true)
            let y = activation.apply(x)
            y.sum().backward()
            values[activation] = y.data
            slopes[activation] = x.grad
        }
        return grid.indices.map { i in
            ActivationsReport.Point(
                x: grid[i],
                values: Activation.allCases.map { values[$0]![i] },
                derivatives: Activation.allCases.map { slopes[$0]![i] })
        }
    }

    /// For each depth: ‖∂L/∂W₁‖ (Frobenius norm), mean over `seedsPerDepth` networks, per activation.
    func depthGradients() -> [ActivationsReport.DepthGradient] {
        var root = SplitMix64(seed: seed)
        let seeds = (0..<Self.seedsPerDepth).map { _ in root.next() }
        let norms = Self.depthActivations.map { activation in
            seeds.map { firstLayerGradientNorms(activation: activation, seed: $0) }
        }
        return Self.depths.indices.map { k in
            let mean = norms.map { perSeed in perSeed.map { $0[k] }.reduce(0, +) / Double(seeds.count) }
            return ActivationsReport.DepthGradient(depth: Self.depths[k], sigmoid: mean[0], tanh: mean[1], relu: mean[2])
        }
    }

    /// The experiment for one seed, at every depth: a stack of `maxDepth` hidden layers
    /// Linear(16→16) + activation (Xavier for sigmoid and tanh, He for ReLU, zero biases) and a
    /// Linear(16→1) read-out; a batch of 16 standard-normal inputs with standard-normal targets;
    /// loss = mean squared error. The network of depth d is the first d hidden layers and the
    /// read-out, so the depths differ only in the layers added.
    public func firstLayerGradientNorms(activation: Activation, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        let x = Tensor((0..<(Self.batch * Self.width)).map { _ in rng.normal() }, shape: [Self.batch, Self.width])
        let y = Tensor((0..<Self.batch).map { _ in rng.normal() }, shape: [Self.batch, 1])
        let hidden = (0..<Self.depths.last!).map { _ in
            Linear(Self.width, Self.width, initializer: .suited(to: activation), rng: &rng)
        }
        let readout = Linear(Self.width, 1, initializer: .xavier, rng: &rng)
        // Only W1's gradient is wanted: freezing the rest saves their weight-gradient products.
        for p in hidden.dropFirst().flatMap(\.parameters) + readout.parameters { p.requiresGrad = false }
        hidden[0].bias.requiresGrad = false
        return Self.depths.map { depth in
            var h = x
            for layer in hidden[0..<depth] { h = activation.apply(layer(h)) }
            hidden[0].weight.zeroGrad()
            Loss.meanSquaredError(readout(h), y).backward()
            return hidden[0].weight.grad.map { $0 * $0 }.reduce(0, +).squareRoot()
        }
    }
}
