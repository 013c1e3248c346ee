/// Adam (Kingma & Ba): running means of the gradient and its square, bias-corrected:
/// m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², θ ← θ − lr·m̂/(√v̂ + ε).
public final class Adam: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    public let beta1: Double, beta2: Double, epsilon: Double
    private var m: [[Double]], v: [[Double]]
    private var t = 0

    public init(parameters: [Tensor], learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        m = parameters.map { [Double](repeating: 0, count: $0.count) }
        v = m
    }

    public func step() {
        t += 1
        let c1 = 1 - Elementary.pow(beta1, Double(t)), c2 = 1 - Elementary.pow(beta2, Double(t))
        for (k, p) in parameters.enumerated() where !p.gradStorage.isEmpty {
            let g = p.gradStorage
            for i in 0..<p.count {
                m[k][i] = beta1 * m[k][i] + (1 - beta1) * g[i]
                v[k][i] = beta2 * v[k][i] + (1 - beta2) * g[i] * g[i]
                p.data[i] -= learningRate * (m[k][i] / c1) / ((v[k][i] / c2).squareRoot() + epsilon)
            }
        }
    }
}
