import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// softmax(z)ᵢ = e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z), computed by TinyTensor.
    static let softmax = ExerciseTemplate(
        name: "softmax", title: "Softmax probabilities of a few logits",
        method: """
            softmax(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ). Subtract the largest logit first (it changes nothing, and keeps
            the exponentials from overflowing), exponentiate, add them up, divide each by the sum.
            """,
        tags: ["activations"], level: .basic, practises: ["activation-functions"]
    ) { random, seed in
        let n = random.int(3...4)
        let logits = (0..<n).map { _ in random.decimal(-4...8, scale: 2) }
        let p = Tensor(logits, shape: [n]).softmax().data
        let m = logits.max()!
        let shifted = logits.map { Elementary.exp($0 - m) }
        let total = shifted.reduce(0, +)
        let text = TemplateSupport.list(p) { NumberText.fixed($0, 2) }
        let steps = [
            "Subtract the largest logit, \(NumberText.plain(m)): z − max = \(TemplateSupport.list(logits.map { $0 - m }, NumberText.plain))",
            "Exponentiate: \(TemplateSupport.list(shifted) { NumberText.sig($0) })",
            "Sum: \(NumberText.sig(total))",
            "Divide each by the sum: \(TemplateSupport.list(p) { NumberText.sig($0) })",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "softmax", seed: seed,
            question: "What are the softmax probabilities (torch.softmax over the last dimension) of the logits \(TemplateSupport.list(logits, NumberText.plain))? Give each to 2 decimals, in order.",
            params: TemplateSupport.params(("logits", TemplateSupport.numbers(logits))),
            answer: p, answerText: text, solution: steps, form: .reals(n), tolerance: .percentOr(decimals: 2))
    }

    /// Cross-entropy of logits against a class: log Σ e^z − z_target, computed by TinyTensor.
    static let crossEntropy = ExerciseTemplate(
        name: "cross-entropy", title: "Cross-entropy loss of logits against a class",
        method: """
            torch.nn.functional.cross_entropy takes raw logits and a class index:
              loss = −log softmax(z)[target] = log Σⱼ e^(zⱼ) − z[target]    (natural log)
            Compute log-sum-exp stably as max z + log Σ e^(zⱼ − max z).
            """,
        tags: ["fundamentals", "optimization"], level: .intermediate, practises: ["loss-function"]
    ) { random, seed in
        var logits: [Double] = [], target = 0, loss = 0.0
        repeat {
            let n = random.int(3...4)
            logits = (0..<n).map { _ in random.decimal(-4...8, scale: 2) }
            target = random.int(0...(n - 1))
            loss = Loss.crossEntropy(logits: Tensor(logits, shape: [1, n]), targets: [target]).item
        } while loss < 0.01
        let m = logits.max()!
        let total = logits.map { Elementary.exp($0 - m) }.reduce(0, +)
        let lse = m + Elementary.log(total)
        let text = NumberText.sig(loss, 3)
        let steps = [
            "Σ e^(zⱼ − max) with max = \(NumberText.plain(m)): \(NumberText.sig(total))",
            "log Σ e^(zⱼ) = \(NumberText.plain(m)) + ln \(NumberText.sig(total)) = \(NumberText.sig(lse))",
            "loss = \(NumberText.sig(lse)) − z[\(target)] = \(NumberText.sig(lse)) − \(NumberText.paren(NumberText.plain(logits[target]))) = \(NumberText.sig(loss))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "cross-entropy", seed: seed,
            question: "What is torch.nn.functional.cross_entropy of the logits \(TemplateSupport.list(logits, NumberText.plain)) for target class \(target) (0-based index, natural log)? Give 3 significant figures.",
            params: TemplateSupport.params(("logits", TemplateSupport.numbers(logits)), ("target", TemplateSupport.int(target))),
            answer: [loss], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }
}
