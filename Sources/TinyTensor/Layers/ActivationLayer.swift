/// An activation function as a layer of a Sequential network; it has no parameters.
public struct ActivationLayer: Module {
    public let activation: Activation

    public init(_ activation: Activation) { self.activation = activation }

    public func callAsFunction(_ x: Tensor) -> Tensor { activation.apply(x) }

    public var parameters: [Tensor] { [] }
}
