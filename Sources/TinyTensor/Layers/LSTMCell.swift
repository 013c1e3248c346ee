/// The LSTM cell (Hochreiter & Schmidhuber, with a forget gate):
///   i = σ(input gate), f = σ(forget gate), g = tanh(candidate), o = σ(output gate),
///   c′ = f ⊙ c + i ⊙ g,   h′ = o ⊙ tanh(c′).
/// NOTE: along the cell state, ∂c′/∂c = f, elementwise, with no weight matrix and no squashing:
/// with f near 1 the gradient passes many steps almost unchanged.
public struct LSTMCell {
    public let inputGate: GateWeights, forgetGate: GateWeights, candidate: GateWeights, outputGate: GateWeights

    /// `forgetBias` is added to the forget gate's bias (1 is the common choice, so f starts near σ(1) ≈ 0.73).
    public init(input: Int, hidden: Int, forgetBias: Double = 0, rng: inout SplitMix64) {
        inputGate = GateWeights(input: input, hidden: hidden, rng: &rng)
        let f = GateWeights(input: input, hidden: hidden, rng: &rng)
        f.b.data = f.b.data.map { $0 + forgetBias }
        forgetGate = f
        candidate = GateWeights(input: input, hidden: hidden, rng: &rng)
        outputGate = GateWeights(input: input, hidden: hidden, rng: &rng)
    }

    /// One step: (h, c) → (h′, c′), and the forget gate's value f.
    public func callAsFunction(_ x: Tensor, _ h: Tensor, _ c: Tensor) -> (h: Tensor, c: Tensor, forget: Tensor) {
        let i = inputGate(x, h).sigmoid(), f = forgetGate(x, h).sigmoid()
        let g = candidate(x, h).tanh(), o = outputGate(x, h).sigmoid()
        let next = f * c + i * g
        return (o * next.tanh(), next, f)
    }

    /// The (h, c, f) of each step, from zero states of `batch` rows.
    public func unroll(_ inputs: [Tensor], batch: Int) -> [(h: Tensor, c: Tensor, forget: Tensor)] {
        let hidden = inputGate.b.count
        var h = Tensor.zeros([batch, hidden]), c = Tensor.zeros([batch, hidden])
        return inputs.map { x in
            let step = self(x, h, c)
            (h, c) = (step.h, step.c)
            return step
        }
    }

    public var parameters: [Tensor] { [inputGate, forgetGate, candidate, outputGate].flatMap(\.parameters) }
}
