import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// Batch norm's training-mode forward pass for one feature over a batch of four, by TinyTensor.
    static let batchnormForward = ExerciseTemplate(
        name: "batchnorm-forward", title: "Batch normalisation's forward pass in training mode",
        method: """
            In training mode torch.nn.BatchNorm1d normalises each feature with the batch's own statistics:
              μ = mean(x),  σ² = mean((x − μ)²)  (the biased variance, divided by n, not n − 1)
              y = γ · (x − μ) / √(σ² + ε) + β
            (The running averages it also updates use the unbiased variance; they are not used in this pass.)
            """,
        tags: ["training"], level: .intermediate, practises: ["batch-normalization"]
    ) { random, seed in
        var x: [Double] = []
        repeat {
            x = (0..<4).map { _ in Double(random.int(-5...10)) }
        } while Set(x).count < 2
        let gamma = random.pick([1, 1, 0.5, 2, 1.5])
        let beta = random.pick([0, 0, 0.5, -1, 1])
        let eps = 1e-5
        let input = Tensor(x, shape: [4])
        let mean = input.mean()
        let centered = input - mean
        let variance = (centered * centered).mean()
        let y = (centered / (variance + eps).sqrt() * gamma + beta).data
        let text = TemplateSupport.list(y) { NumberText.fixed($0, 2) }
        let steps = [
            "μ = (\(x.map(NumberText.plain).joined(separator: " + "))) / 4 = \(NumberText.sig(mean.item))",
            "x − μ = \(TemplateSupport.list(centered.data) { NumberText.sig($0) })",
            "σ² = mean((x − μ)²) = \(NumberText.sig(variance.item)) (biased: divide by 4)",
            "√(σ² + ε) = \(NumberText.sig((variance.item + eps).squareRoot()))",
            "y = \(NumberText.plain(gamma)) · (x − μ) / \(NumberText.sig((variance.item + eps).squareRoot())) + \(NumberText.plain(beta)) = \(TemplateSupport.list(y) { NumberText.sig($0) })",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "batchnorm-forward", seed: seed,
            question: """
                One feature of a batch of 4 has the values \(TemplateSupport.list(x, NumberText.plain)). A torch.nn.BatchNorm1d \
                layer in training mode with γ = \(NumberText.plain(gamma)), β = \(NumberText.plain(beta)), ε = 1e-5: what are \
                its 4 outputs? Give each to 2 decimals.
                """,
            params: TemplateSupport.params(
                ("x", TemplateSupport.numbers(x)), ("gamma", .number(gamma)), ("beta", .number(beta)), ("eps", .number(eps))),
            answer: y, answerText: text, solution: steps, form: .reals(4), tolerance: .percentOr(decimals: 2))
    }
}
