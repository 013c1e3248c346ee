import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// σ′(x) = σ(x)(1 − σ(x)), computed by TinyTensor's autodiff.
    static let sigmoidDerivative = ExerciseTemplate(
        name: "sigmoid-derivative", title: "The derivative of the sigmoid at a point",
        method: """
            σ(x) = 1 / (1 + e^(−x)) and σ′(x) = σ(x)·(1 − σ(x)). Compute e^(−x), then σ, then the product.
            σ′ is largest at x = 0 (0.25) and falls quickly for |x| > 4: the root of vanishing gradients.
            """,
        tags: ["activations"], level: .basic, practises: ["vanishing-gradient", "activation-functions"]
    ) { random, seed in
        let x = random.decimal(-40...40, scale: 10)
        let input = Tensor(x, requiresGrad: true)
        let s = input.sigmoid()
        s.backward()
        let derivative = input.grad[0], sigma = s.item
        let text = NumberText.sig(derivative, 3)
        let steps = [
            "e^(−x) = e^(\(NumberText.plain(-x))) = \(NumberText.sig(Elementary.exp(-x)))",
            "σ(\(NumberText.plain(x))) = 1 / (1 + \(NumberText.sig(Elementary.exp(-x)))) = \(NumberText.sig(sigma))",
            "σ′(x) = σ·(1 − σ) = \(NumberText.sig(sigma)) · \(NumberText.sig(1 - sigma)) = \(NumberText.sig(derivative))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "sigmoid-derivative", seed: seed,
            question: "What is σ′(\(NumberText.plain(x))), the derivative of the logistic sigmoid σ(x) = 1/(1 + e^(−x)) at x = \(NumberText.plain(x))? Give 3 significant figures.",
            params: TemplateSupport.params(("x", .number(x))),
            answer: [derivative], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }

    /// tanh′(x) = 1 − tanh²(x), computed by TinyTensor's autodiff.
    static let tanhDerivative = ExerciseTemplate(
        name: "tanh-derivative", title: "The derivative of tanh at a point",
        method: """
            tanh′(x) = 1 − tanh²(x). Compute tanh x = (e^x − e^(−x)) / (e^x + e^(−x)), square it, subtract from 1.
            tanh′ is 1 at x = 0 (four times sigmoid's best) and vanishes for large |x|.
            """,
        tags: ["activations"], level: .basic, practises: ["activation-functions", "vanishing-gradient"]
    ) { random, seed in
        let x = random.decimal(-30...30, scale: 10)
        let input = Tensor(x, requiresGrad: true)
        let t = input.tanh()
        t.backward()
        let derivative = input.grad[0], value = t.item
        let text = NumberText.sig(derivative, 3)
        let steps = [
            "tanh(\(NumberText.plain(x))) = \(NumberText.sig(value))",
            "tanh² = \(NumberText.sig(value * value))",
            "tanh′(x) = 1 − tanh² = \(NumberText.sig(derivative))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "tanh-derivative", seed: seed,
            question: "What is the derivative of tanh at x = \(NumberText.plain(x))? Give 3 significant figures.",
            params: TemplateSupport.params(("x", .number(x))),
            answer: [derivative], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }
}
