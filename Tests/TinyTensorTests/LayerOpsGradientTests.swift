import Testing
import TinyTensor

/// The convolution, pooling, normalisation, lookup, attention and recurrent ops against central
/// finite differences (max relative error ≤ 1e-6), and their forward values against plain loops.
@Suite struct LayerOpsGradientTests {
    static let tolerance = 1e-6

    @Test(arguments: [(1, 0, 1), (2, 1, 1), (1, 2, 2), (2, 0, 1)])
    func conv2dWithStridePaddingDilation(stride: Int, padding: Int, dilation: Int) {
        var h = GradCheckHelpers(seed: 11)
        let x = h.tensor([2, 2, 6, 5]), w = h.tensor([3, 2, 3, 3]), b = h.tensor([3])
        #expect(h.maxRelativeError([x, w, b]) { $0[0].conv2d($0[1], bias: $0[2], stride: stride, padding: padding, dilation: dilation) } <= Self.tolerance)
    }

    /// The forward value against the definition, written as four nested loops.
    @Test func conv2dIsCrossCorrelation() {
        var h = GradCheckHelpers(seed: 12)
        let x = h.tensor([1, 2, 5, 5]), w = h.tensor([2, 2, 3, 3])
        let (s, p, d) = (2, 1, 1)
        let y = x.conv2d(w, stride: s, padding: p, dilation: d)
        #expect(y.shape == [1, 2, 3, 3])
        for o in 0..<2 {
            for i in 0..<3 {
                for j in 0..<3 {
                    var total = 0.0
                    for c in 0..<2 {
                        for u in 0..<3 {
                            for v in 0..<3 {
                                let r = i * s - p + u * d, q = j * s - p + v * d
                                if r >= 0 && r < 5 && q >= 0 && q < 5 { total += w.data[((o * 2 + c) * 3 + u) * 3 + v] * x.data[(c * 5 + r) * 5 + q] }
                            }
                        }
                    }
                    #expect(Swift.abs(y.data[(o * 3 + i) * 3 + j] - total) < 1e-12)
                }
            }
        }
    }

    @Test func pooling() {
        var h = GradCheckHelpers(seed: 13)
        // Distinct values 0.1 apart, shuffled, so no window's maximum is within a finite-difference step of a tie.
        var values = (0..<96).map { Double($0) / 10 - 4.8 }
        for i in stride(from: values.count - 1, to: 0, by: -1) { values.swapAt(i, Int(h.rng.next() % UInt64(i + 1))) }
        let x = Tensor(values, shape: [2, 2, 4, 6], requiresGrad: true)
        #expect(h.maxRelativeError([x]) { $0[0].maxPool2d(2) } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].avgPool2d(2) } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].maxPool2d(3, stride: 1) } <= Self.tolerance)
        let y = Tensor([1, 5, 2, 0, 3, 4, 8, 7, 6, 1, 2, 3, 0, 9, 4, 5], shape: [1, 1, 4, 4])
        #expect(y.maxPool2d(2).data == [5, 8, 9, 5])
        #expect(y.avgPool2d(2).data == [3.25, 4.25, 4, 3.5])
    }

    @Test func normalisation() {
        var h = GradCheckHelpers(seed: 14)
        let x = h.tensor([5, 3]), gamma = h.tensor([3]), beta = h.tensor([3])
        #expect(h.maxRelativeError([x, gamma, beta]) { $0[0].layerNorm(gamma: $0[1], beta: $0[2]) } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].normalized(axes: [0]) } <= Self.tolerance)
        let images = h.tensor([3, 2, 2, 2])
        #expect(h.maxRelativeError([images]) { $0[0].normalized(axes: [0, 2, 3]) } <= Self.tolerance)
        // Each normalised column has mean 0 and (biased) variance 1 − ε-ish.
        let z = x.normalized(axes: [0], epsilon: 0)
        for f in 0..<3 {
            let column = (0..<5).map { z.data[$0 * 3 + f] }
            #expect(Swift.abs(column.reduce(0, +)) < 1e-12)
            #expect(Swift.abs(column.map { $0 * $0 }.reduce(0, +) / 5 - 1) < 1e-12)
        }
    }

    @Test func batchNormKeepsRunningStatisticsAndUsesThemInEvaluation() {
        var h = GradCheckHelpers(seed: 15)
        let bn = BatchNorm(features: 2, momentum: 0.5)
        let x = h.tensor([4, 2])
        _ = bn(x)
        let mean0 = (0..<4).map { x.data[$0 * 2] }.reduce(0, +) / 4
        let unbiased0 = (0..<4).map { (x.data[$0 * 2] - mean0) * (x.data[$0 * 2] - mean0) }.reduce(0, +) / 3
        #expect(Swift.abs(bn.runningMean[0] - 0.5 * mean0) < 1e-12)
        #expect(Swift.abs(bn.runningVariance[0] - (0.5 + 0.5 * unbiased0)) < 1e-12)
        bn.isTraining = false
        let one = Tensor(Array(x.data[0..<2]), shape: [1, 2])
        let y = bn(one)
        #expect(Swift.abs(y.data[0] - (x.data[0] - bn.runningMean[0]) / (bn.runningVariance[0] + 1e-5).squareRoot()) < 1e-12)
        bn.isTraining = true
        #expect(h.maxRelativeError([x, bn.gamma, bn.beta]) { bn($0[0]) * 1 + 0 * $0[1].sum() + 0 * $0[2].sum() } <= Self.tolerance)
    }

    @Test func embeddingLookupAddsGradientsOfRepeatedIds() {
        var h = GradCheckHelpers(seed: 16)
        let table = h.tensor([5, 3])
        #expect(h.maxRelativeError([table]) { $0[0].lookup([4, 1, 4, 0]) } <= Self.tolerance)
        let rows = table.lookup([2, 2])
        rows.sum().backward()
        #expect(Array(table.grad[6..<9]) == [2, 2, 2])
        #expect(table.grad[0] == 0)
    }

    @Test func attentionWithAndWithoutMask() {
        var h = GradCheckHelpers(seed: 17)
        let q = h.tensor([3, 4]), k = h.tensor([3, 4]), v = h.tensor([3, 2])
        #expect(h.maxRelativeError([q, k, v]) { Tensor.attention(q: $0[0], k: $0[1], v: $0[2]).output } <= Self.tolerance)
        #expect(h.maxRelativeError([q, k, v]) { Tensor.attention(q: $0[0], k: $0[1], v: $0[2], mask: Tensor.causalMask(3)).output } <= Self.tolerance)
        let w = Tensor.attention(q: q, k: k, v: v, mask: Tensor.causalMask(3)).weights
        #expect(w.data[1] == 0 && w.data[2] == 0 && w.data[5] == 0 && w.data[0] == 1)
        var rng = SplitMix64(seed: 3)
        let mha = MultiHeadAttention(dim: 4, heads: 2, rng: &rng)
        let x = h.tensor([3, 4])
        #expect(h.maxRelativeError([x] + mha.parameters) { mha($0[0], mask: Tensor.causalMask(3)).output } <= Self.tolerance)
    }

    @Test func recurrentCellsThroughTime() {
        var h = GradCheckHelpers(seed: 18)
        var rng = SplitMix64(seed: 4)
        let inputs = (0..<4).map { _ in h.tensor([2, 3]) }
        let rnn = RNNCell(input: 3, hidden: 2, rng: &rng)
        let h0 = h.tensor([2, 2])
        #expect(h.maxRelativeError(rnn.parameters + [h0] + inputs) { _ in rnn.unroll(inputs, from: h0).last! } <= Self.tolerance)
        let lstm = LSTMCell(input: 3, hidden: 2, forgetBias: 1, rng: &rng)
        #expect(h.maxRelativeError(lstm.parameters + inputs) { _ in lstm.unroll(inputs, batch: 2).last!.h } <= Self.tolerance)
        let gru = GRUCell(input: 3, hidden: 2, rng: &rng)
        #expect(h.maxRelativeError(gru.parameters + [h0] + inputs) { _ in gru.unroll(inputs, from: h0).last! } <= Self.tolerance)
    }

    @Test func rmsPropFollowsItsUpdateRule() {
        let p = Tensor([1, -2], shape: [2], requiresGrad: true)
        let opt = RMSProp(parameters: [p], learningRate: 0.1, alpha: 0.9)
        (p * p).sum().backward()
        opt.step()
        // g = 2θ = (2, −4); v = 0.1g²; step = 0.1·g/√v = 0.1·sign(g)/√0.1.
        #expect(Swift.abs(p.data[0] - (1 - 0.1 / 0.1.squareRoot())) < 1e-7)
        #expect(Swift.abs(p.data[1] - (-2 + 0.1 / 0.1.squareRoot())) < 1e-7)
    }
}
