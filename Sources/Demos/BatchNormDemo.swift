import TinyTensor

/// `demo batchnorm`: a deep, narrow sigmoid network (2 → 6 hidden layers of 8 → 1) learns whether
/// a point lies inside a circle, trained by full-batch gradient descent from the same Xavier
/// weights twice: plain (Linear → sigmoid) and with batch normalisation (Linear → BatchNorm →
/// sigmoid). It records the loss curves, each layer's activation statistics before and after
/// training, and then runs the trained batch-norm net on one small batch in training mode (batch
/// statistics) and in evaluation mode (running statistics).
public struct BatchNormDemo: Sendable {
    public static let samples = 64
    public static let hidden = 6
    public static let width = 8
    public static let radius = 1.6
    public static let learningRate = 0.5
    public static let steps = 300
    /// The small batch of the train-vs-eval comparison: examples 0–7, and example 0 with 8–14.
    public static let batchA = Array(0..<8)
    public static let batchB = [0] + Array(8..<15)

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    /// Points uniform in [−2, 2]², label 1 inside the circle of radius 1.6.
    public func data(_ rng: inout SplitMix64) -> (x: [Double], y: [Double]) {
        let x = (0..<(2 * Self.samples)).map { _ in rng.uniform(-2, 2) }
        let y = (0..<Self.samples).map { (i: Int) -> Double in
            let a = x[2 * i], b = x[2 * i + 1]
            return a * a + b * b < Self.radius * Self.radius ? 1 : 0
        }
        return (x, y)
    }

    public func run() -> BatchNormReport {
        var rng = SplitMix64(seed: seed)
        let (xs, ys) = data(&rng)
        let sizes = [2] + [Int](repeating: Self.width, count: Self.hidden) + [1]
        let initial = (0..<(sizes.count - 1)).map { Initializer.xavier.weights(fanIn: sizes[$0], fanOut: sizes[$0 + 1], rng: &rng) }
        let x = Tensor(xs, shape: [Self.samples, 2]), y = Tensor(ys, shape: [Self.samples, 1])

        var runs: [BatchNormReport.Run] = []
        var trainedNet: Net? = nil
        for normalized in [false, true] {
            let net = Net(sizes: sizes, weights: initial, normalized: normalized)
            let optimizer = SGD(parameters: net.parameters, learningRate: Self.learningRate)
            var losses: [Double] = [], before: [BatchNormReport.LayerStats] = [], firstGradient = 0.0
            var after: [BatchNormReport.LayerStats] = [], accuracy = 0.0
            for step in 0...Self.steps {
                optimizer.zeroGrad()
                let (out, activations) = net.forward(x)
                let loss = Loss.binaryCrossEntropy(out, y)
                losses.append(loss.item)
                let stats = activations.map { BatchNormReport.LayerStats(mean: Spread.mean($0.data), std: Spread.std($0.data)) }
                if step == Self.steps {
                    after = stats
                    accuracy = Double(zip(out.data, ys).filter { ($0 > 0.5) == ($1 > 0.5) }.count) / Double(Self.samples)
                    break
                }
                loss.backward()
                if step == 0 {
                    before = stats
                    firstGradient = Spread.norm(net.linears[0].weight.grad)
                }
                optimizer.step()
            }
            runs.append(.init(batchNorm: normalized, losses: losses, before: before, after: after, firstLayerGradient: firstGradient, accuracy: accuracy))
            if normalized { trainedNet = net }
        }
        return BatchNormReport(seed: seed, runs: runs, modes: Self.modes(trainedNet!, xs))
    }

    /// The trained batch-norm net on the small batches: evaluation mode first (it changes nothing),
    /// then training mode (which also moves the running statistics, so it comes last).
    static func modes(_ net: Net, _ xs: [Double]) -> BatchNormReport.Modes {
        func batch(_ rows: [Int]) -> Tensor { Tensor(rows.flatMap { [xs[2 * $0], xs[2 * $0 + 1]] }, shape: [rows.count, 2]) }
        let first = net.norms[0]
        let mean = first.runningMean, variance = first.runningVariance
        net.setTraining(false)
        let evalA = GradMode.withoutGrad { net.forward(batch(batchA)).output.data }
        let evalB = GradMode.withoutGrad { net.forward(batch(batchB)).output.data }
        net.setTraining(true)
        let trainA = GradMode.withoutGrad { net.forward(batch(batchA)).output.data }
        let trainB = GradMode.withoutGrad { net.forward(batch(batchB)).output.data }
        let firstA = GradMode.withoutGrad { batch(batchA).matmul(net.linears[0].weight) + net.linears[0].bias }
        let columns = first.gamma.count
        let batchMean = (0..<columns).map { c in Spread.mean(stride(from: c, to: firstA.count, by: columns).map { firstA.data[$0] }) }
        return .init(
            evalA: evalA, trainA: trainA, evalB: evalB, trainB: trainB,
            runningMean: mean, runningVariance: variance, batchMean: batchMean)
    }

    /// The network of one run: Linear layers, optional batch norms, sigmoids.
    final class Net {
        let linears: [Linear]
        let norms: [BatchNorm]

        init(sizes: [Int], weights: [[Double]], normalized: Bool) {
            linears = weights.indices.map {
                Linear(weight: Tensor(weights[$0], shape: [sizes[$0], sizes[$0 + 1]], requiresGrad: true), bias: Tensor.zeros([sizes[$0 + 1]], requiresGrad: true))
            }
            norms = normalized ? sizes.dropFirst().dropLast().map { BatchNorm(features: $0) } : []
        }

        /// The output probabilities and every hidden layer's sigmoid output.
        func forward(_ x: Tensor) -> (output: Tensor, activations: [Tensor]) {
            var h = x, activations: [Tensor] = []
            for l in 0..<(linears.count - 1) {
                let z = linears[l](h)
                h = (norms.isEmpty ? z : norms[l](z)).sigmoid()
                activations.append(h)
            }
            return (linears[linears.count - 1](h).sigmoid(), activations)
        }

        func setTraining(_ on: Bool) { for n in norms { n.isTraining = on } }

        var parameters: [Tensor] { linears.flatMap(\.parameters) + norms.flatMap(\.parameters) }
    }
}
