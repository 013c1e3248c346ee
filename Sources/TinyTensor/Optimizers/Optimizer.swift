/// Updates parameters from their gradients.
public protocol Optimizer {
    var parameters: [Tensor] { get }
    /// One update from the current gradients.
    func step()
}

extension Optimizer {
    /// Clears the gradients before the next backward pass (they accumulate otherwise).
    public func zeroGrad() {
        for p in parameters { p.zeroGrad() }
    }
}
