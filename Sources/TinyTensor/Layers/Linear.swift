/// A fully connected layer: x·W + b, with W [inFeatures, outFeatures] and b [outFeatures].
public struct Linear: Module {
    public let weight: Tensor
    public let bias: Tensor

    public init(_ inFeatures: Int, _ outFeatures: Int, initializer: Initializer, rng: inout SplitMix64) {
        precondition(inFeatures > 0 && outFeatures > 0, "Linear: sizes must be positive, got \(inFeatures)→\(outFeatures)")
        weight = Tensor(
            initializer.weights(fanIn: inFeatures, fanOut: outFeatures, rng: &rng),
            shape: [inFeatures, outFeatures], requiresGrad: true)
        bias = Tensor.zeros([outFeatures], requiresGrad: true)
    }

    /// A layer with given weights, e.g. to reproduce a fixture.
    public init(weight: Tensor, bias: Tensor) {
        precondition(
            weight.shape.count == 2 && bias.shape == [weight.shape[1]],
            "Linear: weight shape \(weight.shape) and bias shape \(bias.shape) do not fit")
        self.weight = weight
        self.bias = bias
    }

    public func callAsFunction(_ x: Tensor) -> Tensor { x.matmul(weight) + bias }

    public var parameters: [Tensor] { [weight, bias] }
}
