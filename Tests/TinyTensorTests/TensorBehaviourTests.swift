import Testing
import TinyTensor

/// The graph machinery and the non-differentiable facts: shapes, modes, numerical stability.
@Suite struct TensorBehaviourTests {
    @Test func tensorUsedTwiceGetsBothContributions() {
        let x = Tensor([3.0, -2.0], shape: [2], requiresGrad: true)
        (x * x).sum().backward()
        #expect(x.grad == [6.0, -4.0])
    }

    @Test func gradientsAccumulateUntilCleared() {
        let x = Tensor(2.0, requiresGrad: true)
        (x * 3).backward()
        (x * 3).backward()
        #expect(x.grad == [6])
        x.zeroGrad()
        #expect(x.grad == [0])
    }

    @Test func noGradModeRecordsNothing() {
        let w = Tensor([1, 2], shape: [2], requiresGrad: true)
        let y = GradMode.withoutGrad { (w * w).sum() }
        #expect(!y.requiresGrad)
        #expect(y.item == 5)
        let z = (w * w).sum()
        #expect(z.requiresGrad)
        #expect(GradMode.isEnabled)
    }

    @Test func gradientDoesNotReachTensorsThatDoNotRequireIt() {
        let x = Tensor([1, 2], shape: [1, 2])
        let w = Tensor([0.5, -1], shape: [2, 1], requiresGrad: true)
        x.matmul(w).sum().backward()
        #expect(x.grad == [0, 0])
        #expect(w.grad == [1, 2])
    }

    @Test func broadcastShapes() {
        #expect((Tensor.zeros([4, 1, 3]) + Tensor.zeros([2, 1])).shape == [4, 2, 3])
        #expect((Tensor.zeros([3]) + Tensor.zeros([1, 3])).shape == [1, 3])
        #expect((Tensor.zeros([2, 3]) * Tensor(2.0)).shape == [2, 3])
        let column = Tensor([1, 2], shape: [2, 1]), row = Tensor([10, 20, 30], shape: [3])
        #expect((column + row).data == [11, 21, 31, 12, 22, 32])
    }

    @Test func transposeAndReshapeKeepValues() {
        let m = Tensor(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(m.transposed().shape == [3, 2])
        #expect(m.transposed().data == [1, 4, 2, 5, 3, 6])
        #expect(m.reshaped([3, 2]).rows == [[1, 2], [3, 4], [5, 6]])
        #expect(m.matmul(m.transposed()).data == [14, 32, 32, 77])
    }

    @Test func reductionsOverAxes() {
        let t = Tensor((0..<24).map(Double.init), shape: [2, 3, 4])
        #expect(t.sum().item == 276)
        #expect(t.sum(axes: [0, 2]).data == [60, 92, 124])
        #expect(t.sum(axes: [1], keepDims: true).shape == [2, 1, 4])
        #expect(t.mean(axes: [-1]).data == [1.5, 5.5, 9.5, 13.5, 17.5, 21.5])
        #expect(t.max(axes: [0]).data == Array(12...23).map(Double.init))
    }

    @Test func activationsAreStableAtExtremes() {
        let x = Tensor([-1000, 0, 1000], shape: [3])
        #expect(x.sigmoid().data == [0, 0.5, 1])
        let rows = Tensor(rows: [[1000, 1000, 999], [-1000, 0, 1]])
        for row in rows.softmax().rows { #expect(Swift.abs(row.reduce(0, +) - 1) < 1e-12) }
        #expect(rows.logSoftmax().data.allSatisfy { $0.isFinite })
        let saturated = Loss.binaryCrossEntropy(Tensor([1.0, 0.0], shape: [2]), Tensor([0.0, 1.0], shape: [2]))
        #expect(saturated.item.isFinite && saturated.item > 20)
    }

    @Test func derivativeConventionsAtZero() {
        let x = Tensor([0.0], shape: [1], requiresGrad: true)
        x.relu().sum().backward()
        #expect(x.grad == [0])
        x.zeroGrad()
        x.leakyRelu(slope: 0.01).sum().backward()
        #expect(x.grad == [0.01])
        x.zeroGrad()
        x.sigmoid().sum().backward()
        #expect(x.grad == [0.25])
    }

    @Test func closedFormDerivativesMatchAutodiff() {
        let xs = stride(from: -3.0, through: 3.0, by: 0.25).map { $0 }
        for activation in Activation.allCases {
            let x = Tensor(xs, shape: [xs.count], requiresGrad: true)
            activation.apply(x).sum().backward()
            for (i, v) in xs.enumerated() {
                #expect(Swift.abs(x.grad[i] - activation.derivative(at: v)) < 1e-15, "\(activation) at \(v)")
            }
        }
    }

    @Test func matmulShapeErrorNamesBothShapes() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.zeros([2, 3]).matmul(Tensor.zeros([4, 5]))
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("[2, 3]") && stderr.contains("[4, 5]"))
    }

    @Test func broadcastShapeErrorNamesBothShapes() async {
        let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = Tensor.zeros([2, 3]) + Tensor.zeros([4])
        }
        let stderr = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(stderr.contains("[2, 3]") && stderr.contains("[4]"))
    }
}
