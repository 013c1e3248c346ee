/// A layer or a network: maps a batch [n, features] to a batch, and owns its parameters.
public protocol Module {
    func callAsFunction(_ x: Tensor) -> Tensor
    /// The tensors an optimiser should update.
    var parameters: [Tensor] { get }
}
