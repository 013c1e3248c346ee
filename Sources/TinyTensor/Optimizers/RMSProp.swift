/// RMSProp (Hinton's lecture 6e, PyTorch's form): a running mean of the squared gradient scales
/// each coordinate's step:  v ← αv + (1−α)g²,  θ ← θ − lr·g/(√v + ε).
public final class RMSProp: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    public let alpha: Double, epsilon: Double
    private var v: [[Double]]

    public init(parameters: [Tensor], learningRate: Double = 0.01, alpha: Double = 0.99, epsilon: Double = 1e-8) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.alpha = alpha
        self.epsilon = epsilon
        v = parameters.map { [Double](repeating: 0, count: $0.count) }
    }

    public func step() {
        for (k, p) in parameters.enumerated() where !p.gradStorage.isEmpty {
            let g = p.gradStorage
            for i in 0..<p.count {
                v[k][i] = alpha * v[k][i] + (1 - alpha) * g[i] * g[i]
                p.data[i] -= learningRate * g[i] / (v[k][i].squareRoot() + epsilon)
            }
        }
    }
}
