import DemoText
import Demos

/// `dlquiz demo rnn`: vanishing gradients through time: a tanh RNN against an LSTM, and the forget gate.
struct RNNDemoEntry: RunnableDemo {
    static let name = "rnn"
    static let summary = "Vanishing gradients through time: a tanh RNN against an LSTM, and the forget gate."
    static let arguments: [Argument<RNNDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = RNNDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: RNNText.render(report, style))
    }
}
