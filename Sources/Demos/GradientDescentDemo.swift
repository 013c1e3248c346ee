import TinyTensor

/// `demo gradient-descent`: batch, mini-batch and stochastic gradient descent on one linear
/// regression (32 examples, y = 2x₁ − x₂ + 0.5 + noise), from zero weights, with the same learning
/// rate and the same number of epochs. Batch takes one step per epoch on the exact gradient;
/// stochastic takes one per example on a one-example estimate; mini-batch sits between. After
/// every update the loss on the whole data set is recorded, so the curves are comparable.
/// The examples are reshuffled every epoch (Fisher–Yates, from the seed).
public struct GradientDescentDemo: Sendable {
    public static let samples = 32
    public static let trueWeights: [Double] = [2, -1]
    public static let trueBias = 0.5
    public static let noise = 0.3
    public static let learningRate = 0.05
    public static let epochs = 20
    public static let methods: [(name: String, batchSize: Int)] = [("batch", 32), ("mini-batch", 8), ("stochastic", 1)]

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> GradientDescentReport {
        var rng = SplitMix64(seed: seed)
        let n = Self.samples
        let xs = (0..<(n * 2)).map { _ in rng.normal() }
        let ys = (0..<n).map { i in
            xs[2 * i] * Self.trueWeights[0] + xs[2 * i + 1] * Self.trueWeights[1] + Self.trueBias + Self.noise * rng.normal()
        }
        let x = Tensor(xs, shape: [n, 2]), y = Tensor(ys, shape: [n, 1])
        let shuffleSeed = rng.next()
        let runs = Self.methods.map { method in
            var order = SplitMix64(seed: shuffleSeed)
            let model = Linear(weight: Tensor.zeros([2, 1], requiresGrad: true), bias: Tensor.zeros([1], requiresGrad: true))
            let optimizer = SGD(parameters: model.parameters, learningRate: Self.learningRate)
            func fullLoss() -> Double { GradMode.withoutGrad { Loss.meanSquaredError(model(x), y).item } }
            var losses = [fullLoss()], epochLosses = [losses[0]]
            for _ in 0..<Self.epochs {
                var permutation = Array(0..<n)
                if method.batchSize < n {
                    for i in stride(from: n - 1, to: 0, by: -1) { permutation.swapAt(i, Int(order.next() % UInt64(i + 1))) }
                }
                for start in stride(from: 0, to: n, by: method.batchSize) {
                    let rows = Array(permutation[start..<Swift.min(n, start + method.batchSize)])
                    let xb = Tensor(rows.flatMap { [xs[2 * $0], xs[2 * $0 + 1]] }, shape: [rows.count, 2])
                    let yb = Tensor(rows.map { ys[$0] }, shape: [rows.count, 1])
                    optimizer.zeroGrad()
                    Loss.meanSquaredError(model(xb), yb).backward()
                    optimizer.step()
                    losses.append(fullLoss())
                }
                epochLosses.append(losses[losses.count - 1])
            }
            return GradientDescentReport.Run(
                name: method.name, batchSize: method.batchSize, updatesPerEpoch: (n + method.batchSize - 1) / method.batchSize,
                losses: losses, epochLosses: epochLosses, weights: model.weight.data, bias: model.bias.item)
        }
        return GradientDescentReport(seed: seed, runs: runs, optimumLoss: Self.leastSquaresLoss(xs, ys))
    }

    /// The lowest possible mean squared error (the least-squares fit, from the normal equations
    /// solved by Gaussian elimination): the floor the three curves approach.
    static func leastSquaresLoss(_ xs: [Double], _ ys: [Double]) -> Double {
        let n = ys.count
        let rows = (0..<n).map { [xs[2 * $0], xs[2 * $0 + 1], 1.0] }
        var a = (0..<3).map { i in (0..<3).map { j in rows.map { $0[i] * $0[j] }.reduce(0, +) } + [zip(rows, ys).map { $0[i] * $1 }.reduce(0, +)] }
        for c in 0..<3 {
            let pivot = (c..<3).max { Swift.abs(a[$0][c]) < Swift.abs(a[$1][c]) }!
            a.swapAt(c, pivot)
            for r in 0..<3 where r != c {
                let f = a[r][c] / a[c][c]
                for k in c..<4 { a[r][k] -= f * a[c][k] }
            }
        }
        let beta = (0..<3).map { a[$0][3] / a[$0][$0] }
        return zip(rows, ys).map { row, t in
            let e = row[0] * beta[0] + row[1] * beta[1] + beta[2] - t
            return e * e
        }.reduce(0, +) / Double(n)
    }
}
