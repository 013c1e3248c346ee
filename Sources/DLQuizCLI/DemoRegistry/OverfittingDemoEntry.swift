import DemoText
import Demos

/// `dlquiz demo overfitting`: a small net fits noisy points with and without dropout.
struct OverfittingDemoEntry: RunnableDemo {
    static let name = "overfitting"
    static let summary = "Dropout against overfitting: a small net fits 10 noisy points with and without dropout; train vs test error."

    var p = 0.5

    static let arguments: [Argument<OverfittingDemoEntry>] = [
        .option(\.p, "--p", "P", help: "Drop probability, above 0 and below 1."),
    ]

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = try OverfittingDemo(p: p, seed: seed).run()
        return DemoOutput(json: report.json, text: OverfittingText.render(report, style))
    }
}
