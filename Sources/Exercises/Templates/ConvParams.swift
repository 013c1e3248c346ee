import JSONKit

extension ExerciseTemplate {
    /// Conv2d parameters: out·in·kh·kw weights, plus out biases.
    static let convParams = ExerciseTemplate(
        name: "conv-params", title: "Number of learnable parameters of a Conv2d layer",
        method: """
            Each of the out_channels filters has in_channels × kh × kw weights and (with bias=True) one bias:
              params = out_channels · in_channels · kh · kw + (bias ? out_channels : 0)
            The input's height and width do not matter: the weights are shared across positions.
            """,
        tags: ["cnn"], level: .basic, practises: ["convolution-operation", "fully-connected-vs-conv-layers"]
    ) { random, seed in
        let cin = random.pick([1, 3, 3, 8, 16, 32, 64, 128, 256])
        let cout = random.pick([4, 8, 16, 32, 64, 128, 256, 512])
        let kh = random.pick([1, 3, 3, 3, 5, 7])
        let kw = random.int(0...3) == 0 ? random.pick([1, 3, 5, 7]) : kh
        let bias = random.int(0...3) != 0
        let weights = cout * cin * kh * kw
        let total = weights + (bias ? cout : 0)
        let steps = [
            "Weights: out_channels · in_channels · kh · kw = \(cout) · \(cin) · \(kh) · \(kw) = \(NumberText.count(weights))",
            bias ? "Biases: one per output channel = \(cout)" : "Biases: none (bias=False)",
            "Answer: \(NumberText.count(weights))\(bias ? " + \(cout)" : "") = \(NumberText.count(total))",
        ]
        return Exercise(
            template: "conv-params", seed: seed,
            question: """
                How many learnable parameters does torch.nn.Conv2d(in_channels=\(cin), out_channels=\(cout), \
                kernel_size=(\(kh), \(kw)), bias=\(TemplateSupport.flag(bias))) have?
                """,
            params: TemplateSupport.params(
                ("in_channels", TemplateSupport.int(cin)), ("out_channels", TemplateSupport.int(cout)),
                ("kernel", TemplateSupport.ints([kh, kw])), ("bias", .bool(bias))),
            answer: [Double(total)], answerText: NumberText.count(total), solution: steps, form: .count, tolerance: .exact)
    }
}
