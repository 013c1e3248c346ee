import JSONKit
import TinyTensor

/// `demo perceptron`: Rosenblatt's rule, w ← w + η(y − ŷ)x and b ← b + η(y − ŷ), one example
/// at a time, on AND (linearly separable: it converges) and on XOR (not separable: it cycles
/// for ever, which is what `demo backprop`'s hidden layer fixes). ŷ = 1 if w·x + b > 0, else 0.
/// The starting weights come from the seed.
public struct PerceptronDemo: Sendable {
    public static let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    public static let andTargets: [Double] = [0, 0, 0, 1]
    public static let xorTargets: [Double] = [0, 1, 1, 0]
    public static let learningRate = 0.5
    public static let maxEpochs = 20

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> PerceptronReport {
        var rng = SplitMix64(seed: seed)
        let w0 = [rng.uniform(-1, 1), rng.uniform(-1, 1)], b0 = rng.uniform(-1, 1)
        return PerceptronReport(
            seed: seed, initialWeights: w0, initialBias: b0,
            and: train(targets: Self.andTargets, w0: w0, b0: b0), xor: train(targets: Self.xorTargets, w0: w0, b0: b0))
    }

    func train(targets: [Double], w0: [Double], b0: Double) -> PerceptronReport.Run {
        var w = w0, b = b0
        var steps: [PerceptronReport.Step] = [], errors: [Int] = []
        for epoch in 1...Self.maxEpochs {
            var wrong = 0
            for (x, y) in zip(Self.inputs, targets) {
                let z = w[0] * x[0] + w[1] * x[1] + b
                let prediction: Double = z > 0 ? 1 : 0
                let delta = Self.learningRate * (y - prediction)
                if delta != 0 { wrong += 1 }
                w = [w[0] + delta * x[0], w[1] + delta * x[1]]
                b += delta
                steps.append(.init(epoch: epoch, input: x, target: y, z: z, prediction: prediction, weights: w, bias: b))
            }
            errors.append(wrong)
            if wrong == 0 { break }
        }
        return .init(steps: steps, errorsPerEpoch: errors, converged: errors.last == 0, weights: w, bias: b)
    }
}
