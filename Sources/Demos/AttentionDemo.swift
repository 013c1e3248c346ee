import JSONKit
import TinyTensor

/// `demo attention`: four tokens with 2-D queries, keys and values (one decimal, from the
/// seed): the scores QKᵀ/√d, the softmax, the weighted sum, the causal mask; then why the √d:
/// the spread of the scores and the largest weight as d grows, with and without scaling.
public struct AttentionDemo: Sendable {
    public static let tokens = 4
    public static let dim = 2
    public static let scalingDims = [2, 8, 32, 128, 512]
    /// Queries per dimension in the scaling experiment, each against `scalingKeys` keys.
    public static let scalingQueries = 200
    public static let scalingKeys = 8

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> AttentionReport {
        var rng = SplitMix64(seed: seed)
        func matrix(_ rows: Int, _ cols: Int) -> [[Double]] {
            (0..<rows).map { _ in (0..<cols).map { _ in (rng.normal() * 10).rounded() / 10 } }
        }
        let q = matrix(Self.tokens, Self.dim), k = matrix(Self.tokens, Self.dim), v = matrix(Self.tokens, Self.dim)
        let (qt, kt, vt) = (Tensor(rows: q), Tensor(rows: k), Tensor(rows: v))
        let plain = Tensor.attention(q: qt, k: kt, v: vt)
        let masked = Tensor.attention(q: qt, k: kt, v: vt, mask: Tensor.causalMask(Self.tokens))
        let scores = (qt.matmul(kt.transposed()) / Double(Self.dim).squareRoot()).rows
        let scaling = Self.scalingDims.map { d in scalingRow(d: d, rng: &rng) }
        return AttentionReport(
            seed: seed, q: q, k: k, v: v, scores: scores, weights: plain.weights.rows, output: plain.output.rows,
            maskedWeights: masked.weights.rows, maskedOutput: masked.output.rows, scaling: scaling)
    }

    /// Random N(0,1) queries and keys of dimension d: the standard deviation of q·k and of
    /// q·k/√d, and the mean largest softmax weight over `scalingKeys` keys, unscaled and scaled.
    func scalingRow(d: Int, rng: inout SplitMix64) -> AttentionReport.Scaling {
        var raw: [Double] = [], maxRaw = 0.0, maxScaled = 0.0
        for _ in 0..<Self.scalingQueries {
            let q = Tensor((0..<d).map { _ in rng.normal() }, shape: [1, d])
            let k = Tensor((0..<(Self.scalingKeys * d)).map { _ in rng.normal() }, shape: [Self.scalingKeys, d])
            let s = q.matmul(k.transposed())
            raw += s.data
            maxRaw += s.softmax().data.max()!
            maxScaled += (s / Double(d).squareRoot()).softmax().data.max()!
        }
        let n = Double(raw.count), mean = raw.reduce(0, +) / n
        let sd = (raw.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n).squareRoot()
        let queries = Double(Self.scalingQueries)
        return .init(d: d, scoreSD: sd, scaledScoreSD: sd / Double(d).squareRoot(), meanMaxWeight: maxRaw / queries, meanMaxWeightScaled: maxScaled / queries)
    }
}
