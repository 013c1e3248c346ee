import DemoText
import Demos

/// `dlquiz demo regularization`: L1 against L2 on a regression with 7 irrelevant features: exact zeros, coefficient paths.
struct RegularizationDemoEntry: RunnableDemo {
    static let name = "regularization"
    static let summary = "L1 against L2 on a regression with 7 irrelevant features: exact zeros, coefficient paths."
    static let arguments: [Argument<RegularizationDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = RegularizationDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: RegularizationText.render(report, style))
    }
}
