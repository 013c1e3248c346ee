/// The activation functions by name, for layers and command-line options.
public enum Activation: String, Sendable, CaseIterable {
    case sigmoid, tanh, relu
    case leakyRelu = "leaky_relu"

    public func apply(_ x: Tensor) -> Tensor {
        switch self {
        case .sigmoid: return x.sigmoid()
        case .tanh: return x.tanh()
        case .relu: return x.relu()
        case .leakyRelu: return x.leakyRelu()
        }
    }

    /// The derivative at x, in closed form (what autodiff must agree with).
    public func derivative(at x: Double) -> Double {
        switch self {
        case .sigmoid:
            let s = Tensor.sigmoid(x)
            return s * (1 - s)
        case .tanh:
            let t = Elementary.tanh(x)
            return 1 - t * t
        case .relu: return x > 0 ? 1 : 0
        case .leakyRelu: return x > 0 ? 1 : 0.01
        }
    }
}
