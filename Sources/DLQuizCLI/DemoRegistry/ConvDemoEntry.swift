import DemoText
import Demos

/// `dlquiz demo conv`: convolution on a 6x6 edge: one window in full, padding, stride, pooling, receptive field.
struct ConvDemoEntry: RunnableDemo {
    static let name = "conv"
    static let summary = "Convolution on a 6x6 edge: one window in full, padding, stride, pooling, receptive field."
    static let arguments: [Argument<ConvDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = ConvDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: ConvText.render(report, style))
    }
}
