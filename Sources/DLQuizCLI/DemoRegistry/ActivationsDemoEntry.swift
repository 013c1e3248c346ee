import DemoText
import Demos

/// `dlquiz demo activations`: the activation functions, their derivatives, and vanishing gradients.
struct ActivationsDemoEntry: RunnableDemo {
    static let name = "activations"
    static let summary = "Sigmoid, tanh, ReLU, leaky ReLU and their derivatives; how gradients vanish with depth."
    static let arguments: [Argument<ActivationsDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = ActivationsDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: ActivationsText.render(report, style))
    }
}
