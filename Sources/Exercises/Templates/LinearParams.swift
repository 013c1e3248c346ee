import JSONKit

extension ExerciseTemplate {
    /// Linear parameters: in·out weights plus out biases.
    static let linearParams = ExerciseTemplate(
        name: "linear-params", title: "Number of learnable parameters of a Linear layer",
        method: """
            torch.nn.Linear(in_features, out_features) holds a weight matrix of out_features × in_features
            and (with bias=True) a bias vector of out_features:
              params = in_features · out_features + (bias ? out_features : 0)
            """,
        tags: ["fundamentals"], level: .basic, practises: ["weights-and-biases", "fully-connected-vs-conv-layers"]
    ) { random, seed in
        let fin = random.pick([2, 3, 10, 16, 64, 100, 128, 256, 300, 512, 784, 1024, 2048])
        let fout = random.pick([1, 2, 10, 32, 64, 100, 128, 256, 500, 1000])
        let bias = random.int(0...3) != 0
        let weights = fin * fout
        let total = weights + (bias ? fout : 0)
        let steps = [
            "Weights: in_features · out_features = \(fin) · \(fout) = \(NumberText.count(weights))",
            bias ? "Biases: one per output feature = \(fout)" : "Biases: none (bias=False)",
            "Answer: \(NumberText.count(weights))\(bias ? " + \(fout)" : "") = \(NumberText.count(total))",
        ]
        return Exercise(
            template: "linear-params", seed: seed,
            question: """
                How many learnable parameters does torch.nn.Linear(in_features=\(fin), out_features=\(fout), \
                bias=\(TemplateSupport.flag(bias))) have?
                """,
            params: TemplateSupport.params(
                ("in_features", TemplateSupport.int(fin)), ("out_features", TemplateSupport.int(fout)), ("bias", .bool(bias))),
            answer: [Double(total)], answerText: NumberText.count(total), solution: steps, form: .count, tolerance: .exact)
    }
}
