import DemoText
import Demos

/// `dlquiz demo dropout`: inverted dropout, its masks and its expectation.
struct DropoutDemoEntry: RunnableDemo {
    static let name = "dropout"
    static let summary = "Inverted dropout: sampled masks, eval mode, the mean over many samples, and the classic convention."

    var p = 0.5

    static let arguments: [Argument<DropoutDemoEntry>] = [
        .option(\.p, "--p", "P", help: "Drop probability, 0 or more and below 1."),
    ]

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = try DropoutDemo(p: p, seed: seed).run()
        return DemoOutput(json: report.json, text: DropoutText.render(report, style))
    }
}
