import DemoText
import Demos

/// `dlquiz demo perceptron`: the perceptron rule step by step: it learns AND, and cycles for ever on XOR.
struct PerceptronDemoEntry: RunnableDemo {
    static let name = "perceptron"
    static let summary = "The perceptron rule step by step: it learns AND, and cycles for ever on XOR."
    static let arguments: [Argument<PerceptronDemoEntry>] = []

    func run(seed: Int, style: TextStyle) throws(DemoError) -> DemoOutput {
        let report = PerceptronDemo(seed: seed).run()
        return DemoOutput(json: report.json, text: PerceptronText.render(report, style))
    }
}
