/// Multi-head self-attention over one sequence [T, D]: `heads` attentions of width D/heads,
/// each with its own query, key and value projections, their outputs concatenated and
/// projected back to D. Written as one weight set per head (Wq_h, Wk_h, Wv_h [D, D/heads] and
/// Wo_h [D/heads, D]), which is the usual [D, D] matrices cut by columns (and Wo by rows):
/// concat(head_1…head_h)·Wo = Σ_h head_h·Wo_h.
public struct MultiHeadAttention {
    public let heads: Int
    public let query: [Tensor], key: [Tensor], value: [Tensor], outProjection: [Tensor]

    public init(dim: Int, heads: Int, rng: inout SplitMix64) {
        precondition(heads > 0 && dim % heads == 0, "MultiHeadAttention: \(heads) heads do not divide width \(dim)")
        self.heads = heads
        let width = dim / heads
        func weights(_ rows: Int, _ cols: Int, _ rng: inout SplitMix64) -> Tensor {
            Tensor(Initializer.xavier.weights(fanIn: rows, fanOut: cols, rng: &rng), shape: [rows, cols], requiresGrad: true)
        }
        var q: [Tensor] = [], k: [Tensor] = [], v: [Tensor] = [], o: [Tensor] = []
        for _ in 0..<heads {
            q.append(weights(dim, width, &rng))
            k.append(weights(dim, width, &rng))
            v.append(weights(dim, width, &rng))
            o.append(weights(width, dim, &rng))
        }
        query = q
        key = k
        value = v
        outProjection = o
    }

    /// The output [T, D] and each head's attention weights [T, T].
    public func callAsFunction(_ x: Tensor, mask: [[Bool]]? = nil) -> (output: Tensor, weights: [Tensor]) {
        var output: Tensor? = nil
        var weights: [Tensor] = []
        for h in 0..<heads {
            let head = Tensor.attention(q: x.matmul(query[h]), k: x.matmul(key[h]), v: x.matmul(value[h]), mask: mask)
            weights.append(head.weights)
            let projected = head.output.matmul(outProjection[h])
            output = output.map { $0 + projected } ?? projected
        }
        return (output!, weights)
    }

    public var parameters: [Tensor] { query + key + value + outProjection }
}
