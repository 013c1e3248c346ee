import JSONKit
import TinyTensor

/// `demo softmax`: five logits (one decimal, drawn from the seed) and a target class; the
/// probabilities, the cross-entropy, its gradient p − y (by autodiff), temperature, and the
/// overflow that subtracting the maximum avoids.
public struct SoftmaxDemo: Sendable {
    public static let classes = 5
    public static let temperatures: [Double] = [0.5, 1, 2, 5]
    /// Added to every logit for the overflow example: e^1000 is beyond Double's range (~1.8e308).
    public static let shift = 1000.0

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> SoftmaxReport {
        var rng = SplitMix64(seed: seed)
        let logits = (0..<Self.classes).map { _ in (rng.normal() * 20).rounded() / 10 }
        let target = Int(rng.next() % UInt64(Self.classes))
        let z = Tensor(logits, shape: [1, Self.classes], requiresGrad: true)
        let probabilities = z.softmax().data
        let loss = Loss.crossEntropy(logits: z, targets: [target])
        loss.backward()
        let temperatures = Self.temperatures.map { t in
            (t: t, probabilities: GradMode.withoutGrad { (z / t).softmax().data })
        }
        // The overflow example: the textbook formula against the shifted one, on logits + 1000.
        let big = logits.map { $0 + Self.shift }
        let naiveExp = big.map { Elementary.exp($0) }
        let naiveTotal = naiveExp.reduce(0, +)
        let naive = naiveExp.map { $0 / naiveTotal }
        let stable = Tensor(big, shape: [1, Self.classes]).softmax().data
        return SoftmaxReport(
            seed: seed, logits: logits, target: target, probabilities: probabilities, loss: loss.item, gradient: z.grad,
            temperatures: temperatures, shiftedLogits: big, naiveExpFinite: naiveExp.allSatisfy(\.isFinite),
            naiveProbabilitiesFinite: naive.allSatisfy(\.isFinite), stableProbabilities: stable)
    }
}
