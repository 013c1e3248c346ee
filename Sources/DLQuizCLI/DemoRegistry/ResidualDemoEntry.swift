import DemoText
import Demos

/// `dlquiz demo residual`: The gradient by layer in a 20-layer sigmoid net, plain and with skip connections.
struct ResidualDemoEntry: RunnableDemo {
    static let name = "residual"
    static let summary = "The gradient by layer in a 20-layer sigmoid net, plain and with skip connections."
    static let arguments: [Argument<ResidualDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = ResidualDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: ResidualText.render(report, style))
    }
}
