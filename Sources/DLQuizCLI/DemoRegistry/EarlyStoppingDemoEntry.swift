import DemoText
import Demos

/// `dlquiz demo early-stopping`: Train and validation loss of a model that overfits; stopping with patience, best weights restored.
struct EarlyStoppingDemoEntry: RunnableDemo {
    static let name = "early-stopping"
    static let summary = "Train and validation loss of a model that overfits; stopping with patience, best weights restored."
    static let arguments: [Argument<EarlyStoppingDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = EarlyStoppingDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: EarlyStoppingText.render(report, style))
    }
}
