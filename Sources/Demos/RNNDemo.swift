import JSONKit
import TinyTensor

/// `demo rnn`: vanishing gradients through time. One sequence of T = 30 random inputs (size 2)
/// through a vanilla tanh RNN and an LSTM of 8 hidden units (PyTorch's initialisation), loss =
/// the sum of the last hidden state; ‖∂L/∂h_t‖ for t = T…1 by backpropagation through time.
/// The LSTM runs twice: forget-gate bias +1 (f ≈ 0.7, the common choice) and −3 (f ≈ 0.05).
public struct RNNDemo: Sendable {
    public static let steps = 30
    public static let inputSize = 2
    public static let hidden = 8
    public static let forgetBias = 1.0
    public static let lowForgetBias = -3.0

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public func run() -> RNNReport {
        var rng = SplitMix64(seed: seed)
        let inputs = (0..<Self.steps).map { _ in Tensor((0..<Self.inputSize).map { _ in rng.normal() }, shape: [1, Self.inputSize]) }
        let rnn = RNNCell(input: Self.inputSize, hidden: Self.hidden, rng: &rng)
        let lstm = LSTMCell(input: Self.inputSize, hidden: Self.hidden, forgetBias: Self.forgetBias, rng: &rng)
        let lowForget = LSTMCell(input: Self.inputSize, hidden: Self.hidden, forgetBias: Self.lowForgetBias, rng: &rng)

        let rnnStates = rnn.unroll(inputs, from: Tensor.zeros([1, Self.hidden]))
        rnnStates.last!.sum().backward()
        let lstmSteps = lstm.unroll(inputs, batch: 1)
        lstmSteps.last!.h.sum().backward()
        let lowSteps = lowForget.unroll(inputs, batch: 1)
        lowSteps.last!.h.sum().backward()

        /// ‖∂L/∂h_t‖ in the order t = T…1.
        func norms(_ states: [Tensor]) -> [Double] {
            states.reversed().map { $0.grad.map { $0 * $0 }.reduce(0, +).squareRoot() }
        }
        func meanForget(_ steps: [(h: Tensor, c: Tensor, forget: Tensor)]) -> Double {
            let all = steps.flatMap(\.forget.data)
            return all.reduce(0, +) / Double(all.count)
        }
        return RNNReport(
            seed: seed, steps: Array((1...Self.steps).reversed()), rnnNorms: norms(rnnStates), lstmNorms: norms(lstmSteps.map(\.h)),
            lowForgetLSTMNorms: norms(lowSteps.map(\.h)), meanForgetGate: meanForget(lstmSteps), lowMeanForgetGate: meanForget(lowSteps))
    }
}
