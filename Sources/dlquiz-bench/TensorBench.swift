import DemoText
import Demos
import Foundation
import TinyTensor

/// TinyTensor's speed figures: the XOR task of issue 4 (2-4-1, tanh, sigmoid output, mean BCE,
/// SGD lr 0.5, 2000 full-batch steps) through autodiff, and a hand-written baseline in plain arrays.
func tensorBenchmarks() {
    let runs = 20
    let tiny = bestOf(runs) { trainXORWithTinyTensor(steps: 2000) }
    let hand = bestOf(runs) { trainXORByHand(steps: 2000) }
    print(String(format: "tinytensor xor 2-4-1 tanh, 2000 SGD steps: %.2f ms wall, %.2f ms cpu (best of %d; target <= 25 ms), final loss %.6f", tiny.wall, tiny.cpu, runs, tiny.loss))
    print(String(format: "plain-array xor baseline, same task:       %.2f ms wall, %.2f ms cpu (best of %d), final loss %.6f", hand.wall, hand.cpu, runs, hand.loss))
    // Each demo with its default options, computed and rendered as text (target: within 0.2 s).
    let style = TextStyle(width: 80, unicode: false)
    let demos: [(String, () -> Int)] = [
        ("backprop", { BackpropText.render(try! BackpropDemo().run(), style).count }),
        ("activations", { ActivationsText.render(ActivationsDemo().run(), style).count }),
        ("dropout", { DropoutText.render(try! DropoutDemo().run(), style).count }),
        ("overfitting", { OverfittingText.render(try! OverfittingDemo().run(), style).count }),
        ("conv", { ConvText.render(ConvDemo(seed: 1).run(), style).count }),
        ("softmax", { SoftmaxText.render(SoftmaxDemo(seed: 1).run(), style).count }),
        ("attention", { AttentionText.render(AttentionDemo(seed: 1).run(), style).count }),
        ("rnn", { RNNText.render(RNNDemo(seed: 1).run(), style).count }),
        ("optimizers", { OptimizersText.render(OptimizersDemo(seed: 1).run(), style).count }),
        ("perceptron", { PerceptronText.render(PerceptronDemo(seed: 1).run(), style).count }),
    ]
    for (name, body) in demos {
        let t = bestOf(5) { Double(body()) }
        let label = "demo " + name + String(repeating: " ", count: max(0, 12 - name.count))
        print(label + String(format: "%6.1f ms wall, %6.1f ms cpu (best of 5; target <= 200 ms)", t.wall, t.cpu))
    }
    fflush(nil)
}

/// The best wall-clock and the best thread-CPU time of `runs` calls, in ms (CPU time does not
/// count the time another process had the core, so it is the steadier figure on a busy machine).
func bestOf(_ runs: Int, _ body: () -> Double) -> (wall: Double, cpu: Double, loss: Double) {
    var wall = Double.infinity, cpu = Double.infinity, loss = 0.0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = threadCPUNanoseconds()
        loss = body()
        cpu = min(cpu, Double(threadCPUNanoseconds() - cpuStart) / 1e6)
        wall = min(wall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return (wall, cpu, loss)
}

func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
}

/// The benchmark task through TinyTensor; returns the final loss.
func trainXORWithTinyTensor(steps: Int) -> Double {
    var rng = SplitMix64(seed: 1)
    let x = Tensor(rows: [[0, 0], [0, 1], [1, 0], [1, 1]])
    let y = Tensor([0, 1, 1, 0], shape: [4, 1])
    let w1 = Tensor(Initializer.xavier.weights(fanIn: 2, fanOut: 4, rng: &rng), shape: [2, 4], requiresGrad: true)
    let b1 = Tensor.zeros([4], requiresGrad: true)
    let w2 = Tensor(Initializer.xavier.weights(fanIn: 4, fanOut: 1, rng: &rng), shape: [4, 1], requiresGrad: true)
    let b2 = Tensor.zeros([1], requiresGrad: true)
    let sgd = SGD(parameters: [w1, b1, w2, b2], learningRate: 0.5)
    var last = 0.0
    for _ in 0..<steps {
        let hidden = (x.matmul(w1) + b1).tanh()
        let out = (hidden.matmul(w2) + b2).sigmoid()
        let loss = Loss.binaryCrossEntropy(out, y)
        sgd.zeroGrad()
        loss.backward()
        sgd.step()
        last = loss.item
    }
    return last
}

/// The same task with hand-derived gradients in plain arrays, for scale.
func trainXORByHand(steps: Int) -> Double {
    var rng = SplitMix64(seed: 1)
    let x: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    let y: [Double] = [0, 1, 1, 0]
    var w1 = Initializer.xavier.weights(fanIn: 2, fanOut: 4, rng: &rng)
    var b1 = [Double](repeating: 0, count: 4)
    var w2 = Initializer.xavier.weights(fanIn: 4, fanOut: 1, rng: &rng)
    var b2 = 0.0
    var last = 0.0
    for _ in 0..<steps {
        var gw1 = [Double](repeating: 0, count: 8), gb1 = [Double](repeating: 0, count: 4)
        var gw2 = [Double](repeating: 0, count: 4), gb2 = 0.0
        var loss = 0.0
        for r in 0..<4 {
            var h = [Double](repeating: 0, count: 4)
            var z2 = b2
            for j in 0..<4 {
                h[j] = tanh(x[r][0] * w1[j] + x[r][1] * w1[4 + j] + b1[j])
                z2 += h[j] * w2[j]
            }
            let o = 1 / (1 + exp(-z2))
            loss -= (y[r] * log(o) + (1 - y[r]) * log(1 - o)) / 4
            let dz2 = (o - y[r]) / 4
            gb2 += dz2
            for j in 0..<4 {
                gw2[j] += dz2 * h[j]
                let dz1 = dz2 * w2[j] * (1 - h[j] * h[j])
                gb1[j] += dz1
                gw1[j] += dz1 * x[r][0]
                gw1[4 + j] += dz1 * x[r][1]
            }
        }
        for i in 0..<8 { w1[i] -= 0.5 * gw1[i] }
        for j in 0..<4 { b1[j] -= 0.5 * gb1[j]; w2[j] -= 0.5 * gw2[j] }
        b2 -= 0.5 * gb2
        last = loss
    }
    return last
}
