import DemoText
import Demos

/// `dlquiz demo batchnorm`: A deep sigmoid net with and without batch norm: loss curves, activation spread, train vs eval mode.
struct BatchNormDemoEntry: RunnableDemo {
    static let name = "batchnorm"
    static let summary = "A deep sigmoid net with and without batch norm: loss curves, activation spread, train vs eval mode."
    static let arguments: [Argument<BatchNormDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = BatchNormDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: BatchNormText.render(report, style))
    }
}
