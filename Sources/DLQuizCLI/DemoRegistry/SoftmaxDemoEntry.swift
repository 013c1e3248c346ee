import DemoText
import Demos

/// `dlquiz demo softmax`: logits to probabilities to cross-entropy; the gradient p - y; temperature; the max shift.
struct SoftmaxDemoEntry: RunnableDemo {
    static let name = "softmax"
    static let summary = "Logits to probabilities to cross-entropy; the gradient p - y; temperature; the max shift."
    static let arguments: [Argument<SoftmaxDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = SoftmaxDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: SoftmaxText.render(report, style))
    }
}
