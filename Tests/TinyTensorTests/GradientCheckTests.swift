import Testing
import TinyTensor

/// Every op's backward against central finite differences, max relative error ≤ 1e-6.
@Suite struct GradientCheckTests {
    static let tolerance = 1e-6

    @Test func arithmeticWithBroadcasting() {
        var h = GradCheckHelpers(seed: 1)
        let shapes: [([Int], [Int])] = [([2, 3], [2, 3]), ([2, 3], [3]), ([3], [2, 3]), ([2, 3], []), ([], [2, 3]), ([2, 1], [1, 3]), ([4, 1, 3], [2, 1])]
        for (sa, sb) in shapes {
            let a = h.tensor(sa), b = h.tensor(sb)
            #expect(h.maxRelativeError([a, b]) { $0[0] + $0[1] } <= Self.tolerance, "add \(sa) \(sb)")
            #expect(h.maxRelativeError([a, b]) { $0[0] - $0[1] } <= Self.tolerance, "sub \(sa) \(sb)")
            #expect(h.maxRelativeError([a, b]) { $0[0] * $0[1] } <= Self.tolerance, "mul \(sa) \(sb)")
            let positive = Tensor(b.data.map { Swift.abs($0) + 0.5 }, shape: sb, requiresGrad: true)
            #expect(h.maxRelativeError([a, positive]) { $0[0] / $0[1] } <= Self.tolerance, "div \(sa) \(sb)")
        }
    }

    @Test func elementwiseFunctions() {
        var h = GradCheckHelpers(seed: 2)
        let x = h.tensor([3, 4])
        let positive = h.tensor([3, 4], low: 0.2, high: 3)
        let awayFromZero = h.tensorAwayFromZero([3, 4])
        #expect(h.maxRelativeError([x]) { -$0[0] } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].exp() } <= Self.tolerance)
        #expect(h.maxRelativeError([positive]) { $0[0].log() } <= Self.tolerance)
        #expect(h.maxRelativeError([positive]) { $0[0].sqrt() } <= Self.tolerance)
        #expect(h.maxRelativeError([positive]) { $0[0].pow(2.5) } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].pow(3) } <= Self.tolerance)
        #expect(h.maxRelativeError([awayFromZero]) { $0[0].abs() } <= Self.tolerance)
    }

    @Test func activations() {
        var h = GradCheckHelpers(seed: 3)
        let x = h.tensor([4, 5], low: -4, high: 4)
        let awayFromZero = h.tensorAwayFromZero([4, 5])
        #expect(h.maxRelativeError([x]) { $0[0].sigmoid() } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].tanh() } <= Self.tolerance)
        #expect(h.maxRelativeError([awayFromZero]) { $0[0].relu() } <= Self.tolerance)
        #expect(h.maxRelativeError([awayFromZero]) { $0[0].leakyRelu(slope: 0.1) } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].softmax() } <= Self.tolerance)
        #expect(h.maxRelativeError([x]) { $0[0].logSoftmax() } <= Self.tolerance)
    }

    @Test func matrixOps() {
        var h = GradCheckHelpers(seed: 4)
        let a = h.tensor([3, 4]), b = h.tensor([4, 2])
        #expect(h.maxRelativeError([a, b]) { $0[0].matmul($0[1]) } <= Self.tolerance)
        #expect(h.maxRelativeError([a]) { $0[0].transposed() } <= Self.tolerance)
        #expect(h.maxRelativeError([a]) { $0[0].reshaped([2, 6]) } <= Self.tolerance)
        #expect(h.maxRelativeError([a]) { $0[0].reshaped([12]) * $0[0].reshaped([12]) } <= Self.tolerance)
    }

    @Test func reductions() {
        var h = GradCheckHelpers(seed: 5)
        let x = h.tensor([2, 3, 4])
        for axes in [nil, [0], [1], [2], [-1], [0, 2]] as [[Int]?] {
            for keep in [false, true] {
                #expect(h.maxRelativeError([x]) { $0[0].sum(axes: axes, keepDims: keep) } <= Self.tolerance)
                #expect(h.maxRelativeError([x]) { $0[0].mean(axes: axes, keepDims: keep) } <= Self.tolerance)
                // Random values are distinct, so the max is unique and differentiable.
                #expect(h.maxRelativeError([x]) { $0[0].max(axes: axes, keepDims: keep) } <= Self.tolerance)
            }
        }
    }

    @Test func losses() {
        var h = GradCheckHelpers(seed: 6)
        let prediction = h.tensor([4, 3]), target = Tensor((0..<12).map { Double($0 % 3) / 2 }, shape: [4, 3])
        #expect(h.maxRelativeError([prediction]) { Loss.meanSquaredError($0[0], target) } <= Self.tolerance)
        let probability = h.tensor([4, 3], low: 0.05, high: 0.95)
        #expect(h.maxRelativeError([probability]) { Loss.binaryCrossEntropy($0[0], target) } <= Self.tolerance)
        let logits = h.tensor([4, 3])
        #expect(h.maxRelativeError([logits]) { Loss.crossEntropy(logits: $0[0], targets: [0, 2, 1, 2]) } <= Self.tolerance)
    }

    @Test func tensorUsedTwiceAccumulates() {
        var h = GradCheckHelpers(seed: 7)
        let x = h.tensor([3, 3])
        #expect(h.maxRelativeError([x]) { x in x[0].matmul(x[0]) + x[0] * x[0].tanh() } <= Self.tolerance)
    }

    /// Random expression trees of smooth ops over three inputs.
    @Test(arguments: 0..<40)
    func randomCompositions(seed: Int) {
        var h = GradCheckHelpers(seed: UInt64(100 + seed))
        let inputs = [h.tensor([3, 3], low: -1, high: 1), h.tensor([3, 3], low: -1, high: 1), h.tensor([3], low: -1, high: 1)]
        var recipe = SplitMix64(seed: UInt64(seed))
        let choices = (0..<8).map { _ in Int(recipe.next() % 12) }
        let picks = (0..<8).map { _ in Int(recipe.next() % 3) }
        func build(_ x: [Tensor]) -> Tensor {
            var value = x[0]
            for (choice, pick) in zip(choices, picks) {
                let other = x[pick]
                switch choice {
                case 0: value = value + other
                case 1: value = value * other
                case 2: value = value - other.tanh()
                case 3: value = value / (other * other + 1)
                case 4: value = value.matmul(x[1]).tanh()
                case 5: value = value.sigmoid() * 2
                case 6: value = (value * value + 1).log()
                case 7: value = value.transposed() + other
                case 8: value = value.softmax() * 3 + value
                case 9: value = value.tanh().exp()
                case 10: value = (value * value + 0.5).sqrt() - value.mean(axes: [0], keepDims: true)
                default: value = value.logSoftmax() + value.sum(axes: [1], keepDims: true) * 0.1
                }
            }
            return value
        }
        let error = h.maxRelativeError(inputs, build)
        #expect(error <= Self.tolerance, "recipe \(choices) picks \(picks): max relative error \(error)")
    }
}
