/// The vanilla (Elman) recurrent cell: h′ = tanh(x·Wx + h·Wh + b).
/// Backpropagation through time is the chain rule through the unrolled steps: `unroll` builds
/// the graph of every step, and `backward()` walks it back to the first.
public struct RNNCell {
    public let gate: GateWeights

    public init(input: Int, hidden: Int, rng: inout SplitMix64) { gate = GateWeights(input: input, hidden: hidden, rng: &rng) }

    public func callAsFunction(_ x: Tensor, _ h: Tensor) -> Tensor { gate(x, h).tanh() }

    /// The hidden state after each input [N, input], starting from h0 [N, hidden].
    /// NOTE: ∂h_T/∂h_t is a product of T − t Jacobians diag(1 − h²)·Whᵀ; when their norms are
    /// below 1 it shrinks geometrically: the vanishing gradient.
    public func unroll(_ inputs: [Tensor], from h0: Tensor) -> [Tensor] {
        var h = h0
        return inputs.map { x in
            h = self(x, h)
            return h
        }
    }

    public var parameters: [Tensor] { gate.parameters }
}
