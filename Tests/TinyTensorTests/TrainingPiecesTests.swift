import Testing
import TinyTensor

/// The RNG, initialisers, layers and optimisers.
@Suite struct TrainingPiecesTests {
    @Test func splitMixMatchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in a.nextUnit() } == (0..<5).map { _ in b.nextUnit() })
    }

    @Test func normalDrawsHaveUnitVariance() {
        var rng = SplitMix64(seed: 7)
        let xs = (0..<20000).map { _ in rng.normal() }
        let mean = xs.reduce(0, +) / Double(xs.count)
        let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count)
        #expect(Swift.abs(mean) < 0.03)
        #expect(Swift.abs(variance - 1) < 0.05)
    }

    @Test func xavierStaysInItsBoundAndHeHasItsVariance() {
        var rng = SplitMix64(seed: 3)
        let bound = (6.0 / 30.0).squareRoot()
        let xavier = Initializer.xavier.weights(fanIn: 10, fanOut: 20, rng: &rng)
        #expect(xavier.allSatisfy { Swift.abs($0) <= bound })
        #expect(xavier.contains { Swift.abs($0) > 0.8 * bound })
        let he = Initializer.he.weights(fanIn: 50, fanOut: 400, rng: &rng)
        let variance = he.map { $0 * $0 }.reduce(0, +) / Double(he.count)
        #expect(Swift.abs(variance - 2.0 / 50) < 0.004)
    }

    @Test func dropoutScalesSurvivorsInTrainingAndIsIdentityInEval() {
        let dropout = Dropout(p: 0.25, rng: SplitMix64(seed: 5))
        let x = Tensor([Double](repeating: 2, count: 4000), shape: [4000], requiresGrad: true)
        let y = dropout(x)
        #expect(y.data.allSatisfy { $0 == 0 || Swift.abs($0 - 2 / 0.75) < 1e-12 })
        let dropped = Double(y.data.filter { $0 == 0 }.count) / 4000
        #expect(Swift.abs(dropped - 0.25) < 0.03)
        y.sum().backward()
        #expect(x.grad == dropout.lastMask.map { $0 / 0.75 })
        dropout.isTraining = false
        #expect(dropout(x) === x)
    }

    @Test func sgdWithMomentumFollowsItsFormula() {
        let w = Tensor(1.0, requiresGrad: true)
        let sgd = SGD(parameters: [w], learningRate: 0.1, momentum: 0.9)
        for _ in 0..<2 {
            sgd.zeroGrad()
            (w * w).backward()  // g = 2w
            sgd.step()
        }
        // step 1: v = 2, w = 0.8; step 2: g = 1.6, v = 0.9·2 + 1.6 = 3.4, w = 0.8 − 0.34 = 0.46
        #expect(Swift.abs(w.item - 0.46) < 1e-12)
    }

    @Test func adamFirstStepMovesByTheLearningRate() {
        let w = Tensor([1.0, -3.0], shape: [2], requiresGrad: true)
        let adam = Adam(parameters: [w], learningRate: 0.01)
        (w * w).sum().backward()
        adam.step()
        #expect(Swift.abs(w.data[0] - 0.99) < 1e-7)
        #expect(Swift.abs(w.data[1] + 2.99) < 1e-7)
    }

    @Test func mlpLearnsXORWithAdam() {
        var rng = SplitMix64(seed: 11)
        let net = Sequential.mlp(sizes: [2, 8, 1], activation: .tanh, rng: &rng)
        let x = Tensor(rows: [[0, 0], [0, 1], [1, 0], [1, 1]]), y = Tensor([0, 1, 1, 0], shape: [4, 1])
        let adam = Adam(parameters: net.parameters, learningRate: 0.05)
        for _ in 0..<500 {
            adam.zeroGrad()
            Loss.binaryCrossEntropy(net(x).sigmoid(), y).backward()
            adam.step()
        }
        let out = GradMode.withoutGrad { net(x).sigmoid() }
        #expect(zip(out.data, y.data).allSatisfy { ($0 > 0.5) == ($1 == 1) })
        #expect(net.parameters.map(\.shape) == [[2, 8], [8], [8, 1], [1]])
    }

    @Test func gradientCheckerCatchesAWrongGradient() {
        // A deliberately wrong backward: x·x built so autodiff sees only one factor.
        let x = Tensor([1.5, -0.5], shape: [2], requiresGrad: true)
        let check = GradientCheck(parameters: [x]) {
            let constant = Tensor(x.data, shape: x.shape)
            return (x * constant).sum()
        }
        #expect(check.maxRelativeError > 0.4)
    }
}
