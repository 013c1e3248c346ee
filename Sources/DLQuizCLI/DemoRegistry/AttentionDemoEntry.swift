import DemoText
import Demos

/// `dlquiz demo attention`: scaled dot-product attention on 4 tokens: scores, weights, causal mask, why sqrt(d).
struct AttentionDemoEntry: RunnableDemo {
    static let name = "attention"
    static let summary = "Scaled dot-product attention on 4 tokens: scores, weights, causal mask, why sqrt(d)."
    static let arguments: [Argument<AttentionDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = AttentionDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: AttentionText.render(report, style))
    }
}
