/// Normalisation, embedding lookup and attention: built from the ops above (so their gradients
/// come from the chain rule), except the lookup, which is an op of its own.
extension Tensor {
    /// (x − mean) / √(var + ε) over `axes`, with the biased variance (divide by n), as batch
    /// norm in training mode and layer norm compute it.
    /// NOTE: the mean and variance depend on every element, so each output's gradient reaches
    /// every input of its group; composing the ops gets that coupling right without a hand formula.
    public func normalized(axes: [Int], epsilon: Double = 1e-5) -> Tensor {
        let centered = self - mean(axes: axes, keepDims: true)
        let variance = (centered * centered).mean(axes: axes, keepDims: true)
        return centered / (variance + epsilon).sqrt()
    }

    /// Layer normalisation over the last axis, then a per-feature scale γ and shift β.
    public func layerNorm(gamma: Tensor, beta: Tensor, epsilon: Double = 1e-5) -> Tensor {
        normalized(axes: [-1], epsilon: epsilon) * gamma + beta
    }

    /// Embedding lookup: row `indices[i]` of this [vocabulary, dim] table as row i of the output.
    /// ∂/∂table: each output row's gradient is added to the row it came from (twice if used twice).
    public func lookup(_ indices: [Int]) -> Tensor {
        precondition(shape.count == 2, "lookup: needs a [vocabulary, dim] table, got \(shape)")
        let dim = shape[1]
        precondition(indices.allSatisfy { $0 >= 0 && $0 < shape[0] }, "lookup: index out of range for \(shape[0]) rows")
        let out = indices.flatMap { data[($0 * dim)..<(($0 + 1) * dim)] }
        return Tensor(result: out, shape: [indices.count, dim], op: "lookup", parents: [self]) { [self] result in
            var grad = [Double](repeating: 0, count: count)
            for (i, row) in indices.enumerated() {
                for j in 0..<dim { grad[row * dim + j] += result.gradStorage[i * dim + j] }
            }
            accumulateGrad(grad)
        }
    }

    /// Scaled dot-product attention of queries q [T, d] over keys k [S, d] and values v [S, dv]:
    /// weights = softmax(q·kᵀ/√d), output = weights·v. `mask[i][j] == false` forbids query i to
    /// look at key j (its score becomes −∞, so its weight is exactly 0).
    /// NOTE: dividing by √d keeps the scores' spread near 1 whatever d is: a dot product of d
    /// unit-variance terms has variance d, and unscaled scores would push softmax to one-hot,
    /// where its gradient vanishes.
    public static func attention(q: Tensor, k: Tensor, v: Tensor, mask: [[Bool]]? = nil) -> (output: Tensor, weights: Tensor) {
        precondition(q.shape.count == 2 && k.shape.count == 2 && v.shape.count == 2 && q.shape[1] == k.shape[1] && k.shape[0] == v.shape[0],
            "attention: q \(q.shape), k \(k.shape), v \(v.shape) do not fit [T,d], [S,d], [S,dv]")
        var scores = q.matmul(k.transposed()) / Double(q.shape[1]).squareRoot()
        if let mask {
            scores = scores + Tensor(mask.flatMap { $0.map { $0 ? 0 : -Double.infinity } }, shape: scores.shape)
        }
        let weights = scores.softmax()
        return (weights.matmul(v), weights)
    }

    /// The causal mask for `n` positions: position i may look at positions 0...i only.
    public static func causalMask(_ n: Int) -> [[Bool]] {
        (0..<n).map { i in (0..<n).map { $0 <= i } }
    }
}
