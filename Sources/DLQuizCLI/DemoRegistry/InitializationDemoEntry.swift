import DemoText
import Demos

/// `dlquiz demo initialization`: Zeros, small random, Xavier and He through 10 tanh or ReLU layers: activation and gradient spread.
struct InitializationDemoEntry: RunnableDemo {
    static let name = "initialization"
    static let summary = "Zeros, small random, Xavier and He through 10 tanh or ReLU layers: activation and gradient spread."
    static let arguments: [Argument<InitializationDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = InitializationDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: InitializationText.render(report, style))
    }
}
