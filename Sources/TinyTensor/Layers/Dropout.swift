/// Inverted dropout: in training each unit is zeroed with probability p and the survivors are
/// scaled by 1/(1−p), so the expected output equals the input; in evaluation it is the identity.
public final class Dropout: Module {
    public let p: Double
    public var isTraining = true
    public private(set) var rng: SplitMix64
    /// The keep-mask (1 kept, 0 dropped) of the last training forward pass.
    public private(set) var lastMask: [Double] = []

    public init(p: Double, rng: SplitMix64) {
        precondition(p >= 0 && p < 1, "Dropout: p must be in [0, 1), got \(p)")
        self.p = p
        self.rng = rng
    }

    /// One mask of `count` units: 1 with probability 1−p, else 0.
    public func sampleMask(count: Int) -> [Double] {
        (0..<count).map { _ in rng.nextUnit() < p ? 0 : 1 }
    }

    /// Training: x·mask/(1−p), gradient mask/(1−p). Evaluation: x itself.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        guard isTraining, p > 0 else { return x }
        let mask = sampleMask(count: x.count)
        lastMask = mask
        let scale = 1 / (1 - p)
        return x * Tensor(mask.map { $0 * scale }, shape: x.shape)
    }

    public var parameters: [Tensor] { [] }
}
