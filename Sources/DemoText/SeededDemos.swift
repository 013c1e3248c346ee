import Demos
import JSONKit

/// The demos whose only option is `--seed`: run one by name and render it as text or JSON.
/// Until the command registry lands, the demo command calls this for every such demo.
public enum SeededDemos {
    public static let names = ["conv", "softmax", "attention", "rnn", "optimizers", "perceptron"]

    /// The demo's output (text, or compact JSON and a newline), or nil for an unknown name.
    public static func output(_ name: String, seed: Int, json: Bool, style: TextStyle) -> String? {
        func emit(_ data: JSON, _ text: @autoclosure () -> String) -> String { json ? data.compact + "\n" : text() }
        switch name {
        case "conv":
            let r = ConvDemo(seed: seed).run()
            return emit(r.json, ConvText.render(r, style))
        case "softmax":
            let r = SoftmaxDemo(seed: seed).run()
            return emit(r.json, SoftmaxText.render(r, style))
        case "attention":
            let r = AttentionDemo(seed: seed).run()
            return emit(r.json, AttentionText.render(r, style))
        case "rnn":
            let r = RNNDemo(seed: seed).run()
            return emit(r.json, RNNText.render(r, style))
        case "optimizers":
            let r = OptimizersDemo(seed: seed).run()
            return emit(r.json, OptimizersText.render(r, style))
        case "perceptron":
            let r = PerceptronDemo(seed: seed).run()
            return emit(r.json, PerceptronText.render(r, style))
        default:
            return nil
        }
    }
}
