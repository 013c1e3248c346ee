import TinyTensor

/// `demo dropout`: one layer's activations under inverted dropout, in four steps.
public struct DropoutDemo: Sendable {
    public static let units = 8
    public static let maskCount = 5
    public static let samples = 10_000
    /// Where the running mean is reported on its way to the eval output.
    public static let checkpoints = [10, 100, 1_000, 10_000]

    public let p: Double
    public let seed: Int

    public init(p: Double = 0.5, seed: Int = 1) throws(DemoError) {
        guard p.isFinite, p >= 0, p < 1 else {
            throw .dropProbability(p, zeroAllowed: true)
        }
        self.p = p
        self.seed = seed
    }

    public func run() -> DropoutReport {
        var rng = SplitMix64(seed: seed)
        // The layer: 4 standard-normal inputs → Linear(4→8, Xavier, bias 0) → sigmoid.
        let x = Tensor((0..<4).map { _ in rng.normal() }, shape: [1, 4])
        let layer = Linear(4, Self.units, initializer: .xavier, rng: &rng)
        let activations = GradMode.withoutGrad { layer(x).sigmoid() }
        let a = activations.data

        // 1. A few training-mode passes: each shows its mask and the scaled output.
        let dropout = Dropout(p: p, rng: rng.split())
        let masks: [DropoutReport.Mask] = (0..<Self.maskCount).map { _ in
            let out = GradMode.withoutGrad { dropout(activations) }
            return DropoutReport.Mask(keep: p > 0 ? dropout.lastMask : [Double](repeating: 1, count: Self.units), output: out.data)
        }

        // 2. Evaluation mode: the identity.
        dropout.isTraining = false
        let evalOutput = GradMode.withoutGrad { dropout(activations) }.data
        dropout.isTraining = true

        // 3 and 4. Many training passes; the inverted and the classic convention share the masks.
        let scale = 1 / (1 - p)
        var sum = [Double](repeating: 0, count: Self.units)
        var sumSquares = sum
        var classicSum = sum
        var dropped = 0
        var convergence: [DropoutReport.Checkpoint] = []
        for n in 1...Self.samples {
            let mask = p > 0 ? dropout.sampleMask(count: Self.units) : [Double](repeating: 1, count: Self.units)
            for j in 0..<Self.units {
                let inverted = a[j] * mask[j] * scale
                sum[j] += inverted
                sumSquares[j] += inverted * inverted
                classicSum[j] += a[j] * mask[j]
                if mask[j] == 0 { dropped += 1 }
            }
            if Self.checkpoints.contains(n) {
                let worst = (0..<Self.units).map { Swift.abs(sum[$0] / Double(n) - evalOutput[$0]) }.max() ?? 0
                convergence.append(DropoutReport.Checkpoint(samples: n, maxAbsError: worst))
            }
        }
        let n = Double(Self.samples)
        let mean = sum.map { $0 / n }
        // Sample standard deviation (n − 1) over √n: the standard error of each unit's mean.
        let standardError = (0..<Self.units).map { j in
            ((sumSquares[j] - n * mean[j] * mean[j]) / (n - 1)).squareRoot() / n.squareRoot()
        }
        return DropoutReport(
            p: p, seed: seed, layerInput: x.data, input: a, masks: masks, evalOutput: evalOutput,
            empiricalMean: mean, samples: Self.samples, droppedFraction: Double(dropped) / (n * Double(Self.units)),
            standardError: standardError,
            expectedStandardError: a.map { $0 * (p / (1 - p)).squareRoot() / n.squareRoot() },
            convergence: convergence,
            classicTrainingMean: classicSum.map { $0 / n },
            classicInferenceOutput: a.map { $0 * (1 - p) })
    }
}
