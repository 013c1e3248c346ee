/// The GRU cell (Cho et al., PyTorch's form):
///   r = σ(reset gate), z = σ(update gate), n = tanh(x·Wxn + r ⊙ (h·Whn + bhn) + bxn),
///   h′ = (1 − z) ⊙ n + z ⊙ h.
/// Like the LSTM's cell state, the z ⊙ h path lets the gradient skip the squashing.
public struct GRUCell {
    public let resetGate: GateWeights, updateGate: GateWeights
    /// The candidate's input part (x·Wxn + bxn) and hidden part (h·Whn + bhn) are kept apart,
    /// since the reset gate multiplies only the hidden part.
    public let candidateInput: GateWeights, candidateHidden: GateWeights

    public init(input: Int, hidden: Int, rng: inout SplitMix64) {
        resetGate = GateWeights(input: input, hidden: hidden, rng: &rng)
        updateGate = GateWeights(input: input, hidden: hidden, rng: &rng)
        candidateInput = GateWeights(input: input, hidden: hidden, rng: &rng)
        candidateHidden = GateWeights(input: input, hidden: hidden, rng: &rng)
    }

    public func callAsFunction(_ x: Tensor, _ h: Tensor) -> Tensor {
        let r = resetGate(x, h).sigmoid(), z = updateGate(x, h).sigmoid()
        let n = (x.matmul(candidateInput.wx) + candidateInput.b + r * (h.matmul(candidateHidden.wh) + candidateHidden.b)).tanh()
        return (1 - z) * n + z * h
    }

    public func unroll(_ inputs: [Tensor], from h0: Tensor) -> [Tensor] {
        var h = h0
        return inputs.map { x in
            h = self(x, h)
            return h
        }
    }

    /// The parameters in use (the unused Wh of `candidateInput` and Wx of `candidateHidden` left out).
    public var parameters: [Tensor] {
        resetGate.parameters + updateGate.parameters + [candidateInput.wx, candidateInput.b, candidateHidden.wh, candidateHidden.b]
    }
}
