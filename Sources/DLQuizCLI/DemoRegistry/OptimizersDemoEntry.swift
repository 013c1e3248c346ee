import DemoText
import Demos

/// `dlquiz demo optimizers`: sGD, momentum, RMSProp and Adam in a long narrow valley: paths and steps.
struct OptimizersDemoEntry: RunnableDemo {
    static let name = "optimizers"
    static let summary = "SGD, momentum, RMSProp and Adam in a long narrow valley: paths and steps."
    static let arguments: [Argument<OptimizersDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = OptimizersDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: OptimizersText.render(report, style))
    }
}
