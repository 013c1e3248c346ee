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
        let (b1, b2, lr, eps) = (beta1, beta2, learningRate, epsilon)
        for (k, p) in parameters.enumerated() where !p.gradStorage.isEmpty {
            let g = p.gradStorage
            // Raw buffers: element-wise access to a class's arrays would pay exclusivity checks.
            p.data.withUnsafeMutableBufferPointer { theta in
                m[k].withUnsafeMutableBufferPointer { m in
                    v[k].withUnsafeMutableBufferPointer { v in
                        for i in 0..<theta.count {
                            m[i] = b1 * m[i] + (1 - b1) * g[i]
                            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                            theta[i] -= lr * (m[i] / c1) / ((v[i] / c2).squareRoot() + eps)
                        }
                    }
                }
            }
        }
    }
}
