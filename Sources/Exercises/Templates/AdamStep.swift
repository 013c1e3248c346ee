import JSONKit
import TinyTensor

/// Decimals enough for a text to land within `tolerance` of the value (at least 2).
enum UpdateDecimals {
    static func enough(for tolerance: Double) -> Int {
        var d = 2
        while 0.5 * Tolerance.power10(-d) > tolerance / 2, d < 12 { d += 1 }
        return d
    }
}

extension ExerciseTemplate {
    /// One Adam step from given moments, PyTorch's form (bias-corrected, ε outside the square root).
    static let adamStep = ExerciseTemplate(
        name: "adam-step", title: "One step of Adam",
        method: """
            torch.optim.Adam, step t (1-based), from the moments m, v before the step:
              m ← β₁·m + (1 − β₁)·g        v ← β₂·v + (1 − β₂)·g²
              m̂ = m / (1 − β₁ᵗ)             v̂ = v / (1 − β₂ᵗ)
              w ← w − lr · m̂ / (√v̂ + ε)
            On the first step (m = v = 0) the update is about lr·sign(g), whatever g's size.
            """,
        tags: ["optimization"], level: .advanced, practises: ["adam-optimizer", "optimizers"]
    ) { random, seed in
        var w = 0.0, g = 0.0, lr = 0.0, b1 = 0.9, b2 = 0.999, t = 1, m = 0.0, v = 0.0
        let eps = 1e-8
        var m1 = 0.0, v1 = 0.0, mh = 0.0, vh = 0.0, update = 0.0
        repeat {
            w = random.decimal(-100...100, scale: 100)
            g = random.decimal(-100...100, scale: 100)
            lr = random.pick([0.1, 0.01, 0.001])
            b1 = random.pick([0.9, 0.9, 0.8])
            b2 = random.pick([0.999, 0.999, 0.99])
            t = random.int(1...5)
            m = t == 1 ? 0 : random.decimal(-50...50, scale: 100)
            v = t == 1 ? 0 : random.decimal(1...50, scale: 1000)
            m1 = b1 * m + (1 - b1) * g
            v1 = b2 * v + (1 - b2) * g * g
            mh = m1 / (1 - Elementary.pow(b1, Double(t)))
            vh = v1 / (1 - Elementary.pow(b2, Double(t)))
            update = lr * mh / (vh.squareRoot() + eps)
        } while g == 0 || abs(update) < 0.05 * lr
        let w1 = w - update
        let tolerance = 0.01 * abs(update)
        let decimals = UpdateDecimals.enough(for: tolerance)
        let text = NumberText.fixed(w1, decimals)
        let steps = [
            "m = \(NumberText.plain(b1))·\(NumberText.paren(NumberText.plain(m))) + \(NumberText.plain(1 - b1))·\(NumberText.paren(NumberText.plain(g))) = \(NumberText.sig(m1, 6))",
            "v = \(NumberText.plain(b2))·\(NumberText.plain(v)) + \(NumberText.sig(1 - b2, 3))·\(NumberText.paren(NumberText.plain(g)))² = \(NumberText.sig(v1, 6))",
            "m̂ = m / (1 − \(NumberText.plain(b1))^\(t)) = \(NumberText.sig(m1, 6)) / \(NumberText.sig(1 - Elementary.pow(b1, Double(t)), 6)) = \(NumberText.sig(mh, 6))",
            "v̂ = v / (1 − \(NumberText.plain(b2))^\(t)) = \(NumberText.sig(v1, 6)) / \(NumberText.sig(1 - Elementary.pow(b2, Double(t)), 6)) = \(NumberText.sig(vh, 6))",
            "update = lr · m̂ / (√v̂ + ε) = \(NumberText.plain(lr)) · \(NumberText.paren(NumberText.sig(mh, 6))) / (\(NumberText.sig(vh.squareRoot(), 6)) + 1e-8) = \(NumberText.sig(update, 6))",
            "w = \(NumberText.plain(w)) − \(NumberText.paren(NumberText.sig(update, 6))) = \(NumberText.sig(w1, 8))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "adam-step", seed: seed,
            question: """
                torch.optim.Adam(lr=\(NumberText.plain(lr)), betas=(\(NumberText.plain(b1)), \(NumberText.plain(b2))), eps=1e-8) takes \
                step t=\(t) on a weight w=\(NumberText.plain(w)) with gradient g=\(NumberText.plain(g)); the moments before \
                this step are m=\(NumberText.plain(m)), v=\(NumberText.plain(v)). What is w after the step (bias-corrected, \
                ε added to √v̂)? Give \(decimals) decimals: it is checked to within 1% of the update.
                """,
            params: TemplateSupport.params(
                ("w", .number(w)), ("g", .number(g)), ("lr", .number(lr)), ("beta1", .number(b1)), ("beta2", .number(b2)),
                ("eps", .number(eps)), ("t", TemplateSupport.int(t)), ("m", .number(m)), ("v", .number(v))),
            answer: [w1], answerText: text, solution: steps, form: .real, tolerance: Tolerance(absolute: tolerance))
    }
}
