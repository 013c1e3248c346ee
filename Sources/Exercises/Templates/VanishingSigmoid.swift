import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// The gradient through n sigmoid layers: Π w·σ′(z) = (w·σ′(z))ⁿ, by autodiff through the chain.
    static let vanishingSigmoid = ExerciseTemplate(
        name: "vanishing-sigmoid", title: "How fast gradients vanish through sigmoid layers",
        method: """
            Through a chain aᵢ = σ(w·aᵢ₋₁ + bᵢ) the chain rule multiplies one factor per layer:
              ∂aₙ/∂a₀ = Π w·σ′(zᵢ),   σ′(z) = σ(z)(1 − σ(z)) ≤ 0.25
            With the same w and z in every layer that is (w·σ′(z))ⁿ: unless |w| > 4 it shrinks geometrically.
            """,
        tags: ["optimization", "activations"], level: .intermediate,
        practises: ["vanishing-gradient", "vanishing-and-exploding-gradients"]
    ) { random, seed in
        let n = random.int(3...10)
        let w = random.pick([1, 1, 2, 0.5, 1.5, 3])
        let z = random.pick([0, 0, 0.5, 1, 2, -1])
        // Build the chain; each bias is chosen so the pre-activation is exactly z.
        let a0 = Tensor(0.5, requiresGrad: true)
        var a = a0
        for _ in 0..<n {
            let bias = z - w * a.item
            a = (a * w + bias).sigmoid()
        }
        a.backward()
        let factor = a0.grad[0]
        let sigma = 1 / (1 + Elementary.exp(-z))
        let derivative = sigma * (1 - sigma)
        let text = NumberText.sig(factor, 3)
        let steps = [
            "σ(\(NumberText.plain(z))) = \(NumberText.sig(sigma)), so σ′(\(NumberText.plain(z))) = \(NumberText.sig(sigma)) · \(NumberText.sig(1 - sigma)) = \(NumberText.sig(derivative))",
            "One layer multiplies the gradient by w·σ′(z) = \(NumberText.plain(w)) · \(NumberText.sig(derivative)) = \(NumberText.sig(w * derivative))",
            "\(n) layers: (\(NumberText.sig(w * derivative)))^\(n) = \(NumberText.sig(factor))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "vanishing-sigmoid", seed: seed,
            question: """
                A chain of \(n) sigmoid units, aᵢ = sigmoid(w·aᵢ₋₁ + bᵢ), every weight w = \(NumberText.plain(w)) and every \
                pre-activation w·aᵢ₋₁ + bᵢ = \(NumberText.plain(z)). What is ∂a\(n)/∂a0, the factor the gradient is multiplied \
                by on its way back? Give 3 significant figures (1.23e-4 is fine).
                """,
            params: TemplateSupport.params(("layers", TemplateSupport.int(n)), ("weight", .number(w)), ("z", .number(z))),
            answer: [factor], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }
}
