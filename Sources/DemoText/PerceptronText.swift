import Demos

/// `demo perceptron` for people.
public enum PerceptronText {
    public static func render(_ r: PerceptronReport, _ style: TextStyle) -> String {
        var out: [String] = []
        out.append(style.bold("The perceptron learning rule (seed \(r.seed))"))
        out.append(style.wrap("yhat = 1 if w.x + b > 0, else 0. After each example: w <- w + lr (y - yhat) x and b <- b + lr (y - yhat), lr = \(Formatting.fixed(PerceptronDemo.learningRate, 1)): nothing changes when the answer is right. Start: w = \(Grid.vector(r.initialWeights, decimals: 3)), b = \(Formatting.fixed(r.initialBias, 3))."))
        out.append(style.heading("1. AND, which a line separates"))
        out.append(table(r.and, style))
        out.append(style.wrap(r.and.converged
            ? "Converged after \(r.and.errorsPerEpoch.count) epochs (the last without a mistake): the line w.x + b = 0 now separates (1,1) from the rest. The perceptron convergence theorem guarantees this for any separable set."
            : "Not converged within \(PerceptronDemo.maxEpochs) epochs."))
        out.append(style.heading("2. XOR, which no line separates"))
        out.append(style.wrap("Mistakes per epoch over \(r.xor.errorsPerEpoch.count) epochs: " + r.xor.errorsPerEpoch.map(String.init).joined(separator: " ")))
        out.append(style.wrap(r.xor.converged
            ? "Converged (unexpected for XOR)."
            : "It never reaches an epoch without mistakes: the weights cycle, because no single line puts (0,1) and (1,0) on one side and (0,0) and (1,1) on the other. A hidden layer fixes it: dlquiz demo backprop trains a 2-4-1 network on XOR."))
        return finish(out, style)
    }

    static func table(_ run: PerceptronReport.Run, _ style: TextStyle) -> String {
        TextTable(
            headers: ["epoch", "x", "y", "z = w.x+b", "yhat", "w after", "b after"],
            rows: run.steps.map {
                [String($0.epoch), "(\(Formatting.fixed($0.input[0], 0)),\(Formatting.fixed($0.input[1], 0)))", Formatting.fixed($0.target, 0),
                 Formatting.fixed($0.z, 3), Formatting.fixed($0.prediction, 0), Grid.vector($0.weights, decimals: 3), Formatting.fixed($0.bias, 3)]
            }
        ).render(style)
    }
}
