/// How to fill a weight matrix [fanIn, fanOut] before training.
public enum Initializer: String, Sendable, CaseIterable {
    /// Glorot/Xavier uniform: U(−a, a), a = √(6/(fanIn+fanOut)); keeps the variance for tanh/sigmoid.
    case xavier
    /// He/Kaiming normal: N(0, 2/fanIn); keeps the variance through ReLU, which zeroes half.
    case he
    case zeros

    public func weights(fanIn: Int, fanOut: Int, rng: inout SplitMix64) -> [Double] {
        let n = fanIn * fanOut
        switch self {
        case .xavier:
            let a = (6.0 / Double(fanIn + fanOut)).squareRoot()
            return (0..<n).map { _ in rng.uniform(-a, a) }
        case .he:
            let sd = (2.0 / Double(fanIn)).squareRoot()
            return (0..<n).map { _ in sd * rng.normal() }
        case .zeros:
            return [Double](repeating: 0, count: n)
        }
    }

    /// Xavier for sigmoid and tanh, He for the ReLU family.
    public static func suited(to activation: Activation) -> Initializer {
        switch activation {
        case .sigmoid, .tanh: return .xavier
        case .relu, .leakyRelu: return .he
        }
    }
}
