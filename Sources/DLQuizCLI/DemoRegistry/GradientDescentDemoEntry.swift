import DemoText
import Demos

/// `dlquiz demo gradient-descent`: Batch, mini-batch and stochastic gradient descent on one regression: loss, noise, updates per epoch.
struct GradientDescentDemoEntry: RunnableDemo {
    static let name = "gradient-descent"
    static let summary = "Batch, mini-batch and stochastic gradient descent on one regression: loss, noise, updates per epoch."
    static let arguments: [Argument<GradientDescentDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = GradientDescentDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: GradientDescentText.render(report, style))
    }
}
