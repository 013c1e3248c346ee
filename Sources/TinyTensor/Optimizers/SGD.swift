/// Stochastic gradient descent with optional momentum (PyTorch's form): v ← μv + g, θ ← θ − lr·v.
public final class SGD: Optimizer {
    public let parameters: [Tensor]
    public var learningRate: Double
    public let momentum: Double
    private var velocity: [[Double]]

    public init(parameters: [Tensor], learningRate: Double, momentum: Double = 0) {
        self.parameters = parameters
        self.learningRate = learningRate
        self.momentum = momentum
        velocity = parameters.map { [Double](repeating: 0, count: $0.count) }
    }

    public func step() {
        for (k, p) in parameters.enumerated() where !p.gradStorage.isEmpty {
            let g = p.gradStorage
            let (lr, mu) = (learningRate, momentum)
            p.data.withUnsafeMutableBufferPointer { theta in
                if mu == 0 {
                    for i in 0..<theta.count { theta[i] -= lr * g[i] }
                } else {
                    velocity[k].withUnsafeMutableBufferPointer { v in
                        for i in 0..<theta.count {
                            v[i] = mu * v[i] + g[i]
                            theta[i] -= lr * v[i]
                        }
                    }
                }
            }
        }
    }
}
