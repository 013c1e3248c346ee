import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// Two steps of SGD with momentum (PyTorch's form: v ← μv + g, w ← w − lr·v), run by TinyTensor's SGD.
    static let sgdMomentum = ExerciseTemplate(
        name: "sgd-momentum", title: "Two steps of SGD with momentum",
        method: """
            torch.optim.SGD(lr, momentum=μ) keeps a velocity v (its momentum buffer), which starts as the first
            gradient:   v ← μ·v + g,   w ← w − lr·v
            (Other texts scale g by (1 − μ) or fold lr into v: PyTorch does neither.)
            """,
        tags: ["optimization"], level: .intermediate, practises: ["optimizers", "gradient-descent-steps"]
    ) { random, seed in
        var w0 = 0.0, g1 = 0.0, g2 = 0.0
        let lr = random.pick([0.1, 0.1, 0.05, 0.01])
        let mu = random.pick([0.9, 0.9, 0.5, 0.8])
        repeat {
            w0 = random.decimal(-20...20, scale: 10)
            g1 = random.decimal(-20...20, scale: 10)
            g2 = random.decimal(-20...20, scale: 10)
        } while g1 == 0 || g2 == 0 || abs((1 + mu) * g1 + g2) < 0.2  // the total change is lr·((1 + μ)g₁ + g₂)
        let w = Tensor([w0], shape: [1], requiresGrad: true)
        let sgd = SGD(parameters: [w], learningRate: lr, momentum: mu)
        var trail: [Double] = []
        for g in [g1, g2] {
            (w * Tensor([g], shape: [1])).sum().backward()  // a loss whose gradient is g
            sgd.step()
            w.zeroGrad()
            trail.append(w.data[0])
        }
        let w2 = trail[1]
        let v2 = mu * g1 + g2
        let tolerance = 0.01 * abs(w2 - w0)
        let decimals = UpdateDecimals.enough(for: tolerance)
        let text = NumberText.fixed(w2, decimals)
        let steps = [
            "Step 1: v = g₁ = \(NumberText.plain(g1)); w = \(NumberText.plain(w0)) − \(NumberText.plain(lr))·\(NumberText.paren(NumberText.plain(g1))) = \(NumberText.sig(trail[0], 8))",
            "Step 2: v = \(NumberText.plain(mu))·\(NumberText.paren(NumberText.plain(g1))) + \(NumberText.paren(NumberText.plain(g2))) = \(NumberText.sig(v2, 8)); w = \(NumberText.sig(trail[0], 8)) − \(NumberText.plain(lr))·\(NumberText.paren(NumberText.sig(v2, 8))) = \(NumberText.sig(w2, 8))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "sgd-momentum", seed: seed,
            question: """
                torch.optim.SGD(lr=\(NumberText.plain(lr)), momentum=\(NumberText.plain(mu))) starts at w = \(NumberText.plain(w0)) \
                (no momentum history) and takes two steps with gradients g₁ = \(NumberText.plain(g1)) and g₂ = \(NumberText.plain(g2)). \
                What is w after the second step? Give \(decimals) decimals (checked to within 1% of the total change).
                """,
            params: TemplateSupport.params(
                ("w", .number(w0)), ("g", TemplateSupport.numbers([g1, g2])), ("lr", .number(lr)), ("momentum", .number(mu))),
            answer: [w2], answerText: text, solution: steps, form: .real, tolerance: Tolerance(absolute: tolerance))
    }

    /// One SGD step with weight decay (PyTorch adds λ·w to the gradient), the gradient by TinyTensor.
    static let weightDecayStep = ExerciseTemplate(
        name: "weight-decay-step", title: "One SGD step with weight decay (L2)",
        method: """
            torch.optim.SGD(lr, weight_decay=λ) adds λ·w to the gradient before the step:
              w ← w − lr·(g + λ·w)
            the same step as adding (λ/2)·w² to the loss: an L2 penalty pulls every weight towards 0.
            """,
        tags: ["regularization", "optimization"], level: .intermediate, practises: ["regularization-techniques"]
    ) { random, seed in
        var w0 = 0.0, g = 0.0
        let lr = random.pick([0.1, 0.1, 0.5, 0.01])
        let lambda = random.pick([0.1, 0.01, 0.05, 0.5])
        repeat {
            w0 = random.decimal(-30...30, scale: 10)
            g = random.decimal(-20...20, scale: 10)
        } while w0 == 0 || abs(g + lambda * w0) < 0.05
        let w = Tensor([w0], shape: [1], requiresGrad: true)
        let loss = (w * Tensor([g], shape: [1])).sum() + (w * w).sum() * (lambda / 2)
        loss.backward()
        let total = w.grad[0]
        let sgd = SGD(parameters: [w], learningRate: lr)
        sgd.step()
        let w1 = w.data[0]
        let tolerance = 0.01 * abs(w1 - w0)
        let decimals = UpdateDecimals.enough(for: tolerance)
        let text = NumberText.fixed(w1, decimals)
        let steps = [
            "Gradient with decay: g + λ·w = \(NumberText.plain(g)) + \(NumberText.plain(lambda))·\(NumberText.paren(NumberText.plain(w0))) = \(NumberText.sig(total, 8))",
            "w = \(NumberText.plain(w0)) − \(NumberText.plain(lr))·\(NumberText.paren(NumberText.sig(total, 8))) = \(NumberText.sig(w1, 8))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "weight-decay-step", seed: seed,
            question: """
                torch.optim.SGD(lr=\(NumberText.plain(lr)), weight_decay=\(NumberText.plain(lambda))) takes one step on w = \(NumberText.plain(w0)) \
                with loss gradient g = \(NumberText.plain(g)) (no momentum). What is w after the step? Give \(decimals) decimals \
                (checked to within 1% of the change).
                """,
            params: TemplateSupport.params(
                ("w", .number(w0)), ("g", .number(g)), ("lr", .number(lr)), ("weight_decay", .number(lambda))),
            answer: [w1], answerText: text, solution: steps, form: .real, tolerance: Tolerance(absolute: tolerance))
    }
}
