/// Layers applied one after another.
public struct Sequential: Module {
    public let layers: [any Module]

    public init(_ layers: [any Module]) { self.layers = layers }

    public func callAsFunction(_ x: Tensor) -> Tensor {
        layers.reduce(x) { $1($0) }
    }

    public var parameters: [Tensor] { layers.flatMap(\.parameters) }

    /// A multilayer perceptron: Linear layers of the given sizes, `activation` after each hidden
    /// one, weights initialised to suit it (Xavier for sigmoid/tanh, He for ReLU).
    /// `sizes` [2, 4, 1] means 2 inputs, one hidden layer of 4, 1 output (left linear).
    public static func mlp(sizes: [Int], activation: Activation, rng: inout SplitMix64) -> Sequential {
        precondition(sizes.count >= 2, "mlp: needs at least input and output sizes, got \(sizes)")
        var layers: [any Module] = []
        for i in 0..<(sizes.count - 1) {
            layers.append(Linear(sizes[i], sizes[i + 1], initializer: .suited(to: activation), rng: &rng))
            if i < sizes.count - 2 { layers.append(ActivationLayer(activation)) }
        }
        return Sequential(layers)
    }
}
