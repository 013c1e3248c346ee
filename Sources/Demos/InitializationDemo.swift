import TinyTensor

/// `demo initialization`: how the spread of activations (forward) and of gradients (backward)
/// changes through a deep MLP for four weight initialisations (zeros, small random N(0, 0.01²),
/// Xavier uniform, He normal), with tanh and with ReLU.
///
/// One batch of standard-normal inputs goes through `depth` layers h = f(h·W) (no biases, width
/// `width`); the backward pass starts from a fixed random gradient at the top (L = Σ h_L ⊙ R), so
/// each layer's ∂L/∂h shows how much signal reaches it. The same draws are used for every scheme
/// (small random and He are the same matrices at different scales).
public struct InitializationDemo: Sendable {
    public static let depth = 10
    public static let width = 32
    public static let batch = 32
    public static let schemes = ["zeros", "small", "xavier", "he"]
    public static let activations: [Activation] = [.tanh, .relu]
    /// The standard deviation of "small random".
    public static let smallScale = 0.01

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    /// The weights of one layer [fanIn, fanOut] for a scheme.
    static func weights(_ scheme: String, rng: inout SplitMix64) -> [Double] {
        let n = width * width
        switch scheme {
        case "zeros": return [Double](repeating: 0, count: n)
        case "small": return (0..<n).map { _ in smallScale * rng.normal() }
        case "xavier": return Initializer.xavier.weights(fanIn: width, fanOut: width, rng: &rng)
        default: return Initializer.he.weights(fanIn: width, fanOut: width, rng: &rng)
        }
    }

    public func run() -> InitializationReport {
        var root = SplitMix64(seed: seed)
        let count = Self.batch * Self.width
        let input = (0..<count).map { _ in root.normal() }
        let upstream = (0..<count).map { _ in root.normal() }
        let weightSeed = root.next()
        var runs: [InitializationReport.Run] = []
        for activation in Self.activations {
            for scheme in Self.schemes {
                var rng = SplitMix64(seed: weightSeed)
                let ws = (0..<Self.depth).map { _ in
                    Tensor(Self.weights(scheme, rng: &rng), shape: [Self.width, Self.width], requiresGrad: true)
                }
                var h = Tensor(input, shape: [Self.batch, Self.width])
                var hidden: [Tensor] = []
                for w in ws {
                    h = activation.apply(h.matmul(w))
                    hidden.append(h)
                }
                h.backward(seed: upstream)
                runs.append(.init(
                    activation: activation.rawValue, scheme: scheme,
                    activationStd: hidden.map { Spread.std($0.data) },
                    gradientStd: hidden.map { Spread.std($0.grad) },
                    weightGradientNorms: ws.map { Spread.norm($0.grad) }))
            }
        }
        return InitializationReport(seed: seed, runs: runs)
    }
}
