import TinyTensor

/// Random tensors and a gradient check of any function of them, reduced to a scalar by a fixed
/// random projection so every output element's gradient is exercised.
struct GradCheckHelpers {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(seed: seed) }

    mutating func tensor(_ shape: [Int], low: Double = -2, high: Double = 2) -> Tensor {
        Tensor((0..<Tensor.count(of: shape)).map { _ in rng.uniform(low, high) }, shape: shape, requiresGrad: true)
    }

    /// Inputs whose elements keep at least `gap` away from 0, for functions with a kink there.
    mutating func tensorAwayFromZero(_ shape: [Int], gap: Double = 0.1) -> Tensor {
        Tensor(
            (0..<Tensor.count(of: shape)).map { _ in
                let v = rng.uniform(gap, 2)
                return rng.nextUnit() < 0.5 ? -v : v
            }, shape: shape, requiresGrad: true)
    }

    /// The max relative error between autodiff and central differences for `f(inputs)`.
    mutating func maxRelativeError(_ inputs: [Tensor], _ f: ([Tensor]) -> Tensor) -> Double {
        let probeShape = GradMode.withoutGrad { f(inputs).shape }
        let projection = Tensor(
            (0..<Tensor.count(of: probeShape)).map { _ in rng.uniform(-1, 1) }, shape: probeShape)
        let check = GradientCheck(parameters: inputs) { (f(inputs) * projection).sum() }
        return check.maxRelativeError
    }
}
