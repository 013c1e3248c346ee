import DemoText
import Demos

/// `dlquiz demo backprop`: XOR with a 2-H-1 MLP, every step of backpropagation.
struct BackpropDemoEntry: RunnableDemo {
    static let name = "backprop"
    static let summary = "Train XOR with a 2-H-1 MLP: every forward value, chain-rule factor and gradient, checked by finite differences."
    static let discussion = """
        Examples:
          dlquiz demo backprop --hidden 2 --seed 1      (gets stuck: a local minimum)
          dlquiz demo backprop --activation relu --seed 4 --json
        """

    var hidden = 4
    var activation = "tanh"
    var learningRate = 0.5
    var steps = 2000

    static let arguments: [Argument<BackpropDemoEntry>] = [
        .option(\.hidden, "--hidden", "N", help: "Hidden units, 1 to \(BackpropDemo.maxHidden)."),
        .option(\.activation, "--activation", "NAME", kind: .choice(BackpropDemo.activations.map(\.rawValue)), help: "Hidden activation: \(BackpropDemo.activationNames)."),
        .option(\.learningRate, "--lr", "RATE", help: "Learning rate of gradient descent, above 0, at most 100."),
        .option(\.steps, "--steps", "N", help: "Training steps, 1 to \(BackpropDemo.maxSteps)."),
    ]

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let activation = try BackpropDemo.activation(named: activation)
        let report = try BackpropDemo(hidden: hidden, activation: activation, learningRate: learningRate, steps: steps, seed: seed).run()
        return DemoOutput(json: report.json, text: BackpropText.render(report, style))
    }
}
