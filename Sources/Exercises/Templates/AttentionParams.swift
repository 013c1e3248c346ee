import JSONKit

extension ExerciseTemplate {
    /// MultiheadAttention parameters: 4E² weights (Q, K, V, out) and 4E biases; heads do not change it.
    static let attentionParams = ExerciseTemplate(
        name: "attention-params", title: "Number of learnable parameters of MultiheadAttention",
        method: """
            torch.nn.MultiheadAttention(embed_dim=E, num_heads=h) with kdim = vdim = E has an input projection
            for Q, K and V (3·E·E weights, 3·E biases) and an output projection (E·E weights, E biases):
              params = 4·E² + (bias ? 4·E : 0)
            The number of heads does not change the count: the heads split E into h slices of E/h.
            """,
        tags: ["transformers"], level: .advanced, practises: ["attention-mechanism", "transformer-architecture"]
    ) { random, seed in
        let e = random.pick([32, 64, 96, 128, 256, 384, 512, 768, 1024])
        let heads = random.pick([1, 2, 4, 8, 12, 16].filter { e % $0 == 0 })
        let bias = random.int(0...3) != 0
        let weights = 4 * e * e, biases = bias ? 4 * e : 0
        let total = weights + biases
        let steps = [
            "Q, K, V input projections: 3 · \(e) · \(e) = \(NumberText.count(3 * e * e)) weights" + (bias ? ", 3 · \(e) = \(3 * e) biases" : ""),
            "Output projection: \(e) · \(e) = \(NumberText.count(e * e)) weights" + (bias ? ", \(e) biases" : ""),
            "The \(heads) head\(heads == 1 ? "" : "s") (\(e / heads) dimensions each) share these matrices: no extra parameters.",
            "Answer: \(NumberText.count(weights))" + (bias ? " + \(NumberText.count(biases))" : "") + " = \(NumberText.count(total))",
        ]
        return Exercise(
            template: "attention-params", seed: seed,
            question: """
                How many learnable parameters does torch.nn.MultiheadAttention(embed_dim=\(e), num_heads=\(heads), \
                bias=\(TemplateSupport.flag(bias))) have (kdim = vdim = embed_dim, no add_bias_kv)?
                """,
            params: TemplateSupport.params(
                ("embed_dim", TemplateSupport.int(e)), ("num_heads", TemplateSupport.int(heads)), ("bias", .bool(bias))),
            answer: [Double(total)], answerText: NumberText.count(total), solution: steps, form: .count, tolerance: .exact)
    }
}
