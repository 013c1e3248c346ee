import JSONKit
import TinyTensor

/// `demo backprop`: XOR with a 2-H-1 MLP, every step of backpropagation laid open.
///
/// Convention: inputs (0,0), (0,1), (1,0), (1,1) with targets 0, 1, 1, 0;
/// hidden = act(X·W1 + b1), out = sigmoid(hidden·W2 + b2), loss = mean binary cross-entropy.
public struct BackpropDemo: Sendable {
    public static let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    public static let targets: [Double] = [0, 1, 1, 0]
    public static let activations: [Activation] = [.tanh, .sigmoid, .relu]
    public static let maxHidden = 16
    /// Outputs with |out − 0.5| below this count as undecided, not as correct.
    public static let undecidedMargin = 0.01
    public static let maxSteps = 100_000

    public let hidden: Int
    public let activation: Activation
    public let learningRate: Double
    public let steps: Int
    public let seed: Int

    /// Checks the options; a bad one is a DemoError carrying the value.
    public init(hidden: Int = 4, activation: Activation = .tanh, learningRate: Double = 0.5, steps: Int = 2000, seed: Int = 1)
        throws(DemoError)
    {
        guard (1...Self.maxHidden).contains(hidden) else {
            throw .hiddenUnits(hidden)
        }
        guard Self.activations.contains(activation) else {
            throw .activation(activation.rawValue)
        }
        guard learningRate.isFinite, learningRate > 0, learningRate <= 100 else {
            throw .learningRate(learningRate)
        }
        guard (1...Self.maxSteps).contains(steps) else {
            throw .steps(steps)
        }
        self.hidden = hidden
        self.activation = activation
        self.learningRate = learningRate
        self.steps = steps
        self.seed = seed
    }

    public static var activationNames: String { activations.map(\.rawValue).joined(separator: ", ") }

    /// The activation of that name, if the demo trains with it.
    public static func activation(named name: String) throws(DemoError) -> Activation {
        guard let a = Activation(rawValue: name), activations.contains(a) else {
            throw .activation(name)
        }
        return a
    }

    /// The starting parameters: W1 by Xavier (He for ReLU), W2 by Xavier (it feeds a sigmoid),
    /// b2 = 0, and b1 = 0, except 0.01 for ReLU, so no unit starts exactly on ReLU's kink.
    public func initialParameters() -> XORParameters {
        var rng = SplitMix64(seed: seed)
        let w1 = Initializer.suited(to: activation).weights(fanIn: 2, fanOut: hidden, rng: &rng)
        let w2 = Initializer.xavier.weights(fanIn: hidden, fanOut: 1, rng: &rng)
        return XORParameters(
            w1: [Array(w1[0..<hidden]), Array(w1[hidden...])],
            b1: [Double](repeating: activation == .relu ? 0.01 : 0, count: hidden),
            w2: w2.map { [$0] }, b2: [0])
    }

    public func run() -> BackpropReport {
        let start = initialParameters()
        let x = Tensor(rows: Self.inputs)
        let y = Tensor(Self.targets, shape: [4, 1])
        let w1 = Tensor(rows: start.w1, requiresGrad: true)
        let b1 = Tensor(start.b1, shape: [hidden], requiresGrad: true)
        let w2 = Tensor(rows: start.w2, requiresGrad: true)
        let b2 = Tensor(start.b2, shape: [1], requiresGrad: true)
        let parameters = [w1, b1, w2, b2]

        // One forward pass, keeping every intermediate tensor, then one backward pass.
        let z1 = x.matmul(w1) + b1
        let h = activation.apply(z1)
        let z2 = h.matmul(w2) + b2
        let out = z2.sigmoid()
        let loss = Loss.binaryCrossEntropy(out, y)
        loss.backward()
        // Each row's share of the loss, with the clamp binaryCrossEntropy uses.
        let rowLosses = (0..<4).map { i in
            let o = out.data[i], t = Self.targets[i]
            return -(t * Elementary.log(Swift.max(o, 1e-12)) + (1 - t) * Elementary.log(Swift.max(1 - o, 1e-12)))
        }
        let forward = BackpropReport.Forward(
            z1: z1.rows, hidden: h.rows, z2: z2.data, output: out.data, rowLosses: rowLosses, loss: loss.item)
        let backward = BackpropReport.Backward(
            dLossDOutput: out.grad,
            dOutputDZ2: out.data.map { $0 * (1 - $0) },
            dLossDZ2: z2.grad,
            dLossDHidden: Tensor(h.grad, shape: h.shape).rows,
            dHiddenDZ1: z1.rows.map { $0.map { activation.derivative(at: $0) } },
            dLossDZ1: Tensor(z1.grad, shape: z1.shape).rows,
            gradients: XORParameters(parameters, gradients: true))

        // The same gradients by finite differences.
        let check = GradientCheck(parameters: parameters) {
            Loss.binaryCrossEntropy((activation.apply(x.matmul(w1) + b1).matmul(w2) + b2).sigmoid(), y)
        }

        // Training: full-batch gradient descent; the curve holds the loss before each step.
        let sgd = SGD(parameters: parameters, learningRate: learningRate)
        var curve: [Double] = []
        curve.reserveCapacity(steps)
        for _ in 0..<steps {
            let stepLoss = Loss.binaryCrossEntropy((activation.apply(x.matmul(w1) + b1).matmul(w2) + b2).sigmoid(), y)
            curve.append(stepLoss.item)
            sgd.zeroGrad()
            stepLoss.backward()
            sgd.step()
        }
        let (finalZ1, finalOut, finalLoss) = GradMode.withoutGrad {
            let z1 = x.matmul(w1) + b1
            let out = (activation.apply(z1).matmul(w2) + b2).sigmoid()
            return (z1, out, Loss.binaryCrossEntropy(out, y).item)
        }
        let predictions = (0..<4).map { i in
            BackpropReport.Prediction(
                input: Self.inputs[i], target: Self.targets[i], output: finalOut.data[i],
                correct: Swift.abs(finalOut.data[i] - 0.5) >= Self.undecidedMargin && (finalOut.data[i] > 0.5) == (Self.targets[i] == 1))
        }
        let deadUnits = activation == .relu ? (0..<hidden).filter { j in (0..<4).allSatisfy { finalZ1.data[$0 * hidden + j] <= 0 } }.count : 0
        return BackpropReport(
            demo: self, initialParameters: start, forward: forward, backward: backward,
            numericGradients: XORParameters(flat: check.numeric, hidden: hidden),
            gradientCheckRelErrors: zip(check.analytic.flatMap { $0 }, check.numeric.flatMap { $0 }).map { GradientCheck.relativeError($0, $1) },
            gradientCheckMaxRelError: check.maxRelativeError, lossCurve: curve, finalLoss: finalLoss,
            finalParameters: XORParameters(parameters), finalPredictions: predictions, deadReLUUnits: deadUnits)
    }
}
