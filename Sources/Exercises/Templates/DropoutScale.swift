import JSONKit

extension ExerciseTemplate {
    /// Inverted dropout: a kept activation is scaled by 1/(1 − p) in training.
    static let dropoutScale = ExerciseTemplate(
        name: "dropout-scale", title: "What inverted dropout does to a kept activation",
        method: """
            torch.nn.Dropout(p) in training zeroes each element with probability p and scales the kept ones
            by 1/(1 − p) (inverted dropout), so the expected output equals the input: (1 − p)·a/(1 − p) = a.
            In eval mode it is the identity.
            """,
        tags: ["regularization"], level: .basic, practises: ["dropout"]
    ) { random, seed in
        let p = random.pick([0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 0.8])
        let a = random.decimal(5...50, scale: 10)
        let kept = a / (1 - p)
        let text = NumberText.sig(kept, 4)
        let steps = [
            "A kept element is scaled by 1/(1 − p) = 1/\(NumberText.plain(1 - p)) = \(NumberText.sig(1 / (1 - p)))",
            "\(NumberText.plain(a)) · \(NumberText.sig(1 / (1 - p))) = \(NumberText.sig(kept))",
            "(Its expectation over masks stays \(NumberText.plain(a)): (1 − p)·\(NumberText.sig(kept)) = \(NumberText.plain(a)).)",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "dropout-scale", seed: seed,
            question: "torch.nn.Dropout(p=\(NumberText.plain(p))) in training mode gets an activation of \(NumberText.plain(a)). If that element is kept (not zeroed), what value does it output?",
            params: TemplateSupport.params(("p", .number(p)), ("activation", .number(a))),
            answer: [kept], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }
}
