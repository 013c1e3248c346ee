import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// CosineAnnealingLR's value at step t (its closed form).
    static let cosineLR = ExerciseTemplate(
        name: "cosine-lr", title: "The learning rate of a cosine schedule at step t",
        method: """
            torch.optim.lr_scheduler.CosineAnnealingLR(T_max, eta_min) from a base rate η_max:
              η_t = η_min + (η_max − η_min) · (1 + cos(π·t / T_max)) / 2
            It starts at η_max, is halfway at t = T_max/2, and reaches η_min at t = T_max.
            """,
        tags: ["training", "optimization"], level: .intermediate, practises: ["important-hyperparameters", "hyperparameters"]
    ) { random, seed in
        let base = random.pick([0.1, 0.01, 0.05, 0.001, 0.003])
        let etaMin = random.pick([0, 0, 0.0001, 0.001].filter { $0 * 5 < base })
        let tMax = random.pick([10, 20, 50, 100])
        let t = random.int(1...(tMax - 1))
        let cosine = Elementary.cos(Double.pi * Double(t) / Double(tMax))
        let lr = etaMin + (base - etaMin) * (1 + cosine) / 2
        let text = NumberText.sig(lr, 4)
        let steps = [
            "π·t/T_max = π·\(t)/\(tMax); cos = \(NumberText.sig(cosine))",
            "(1 + cos)/2 = \(NumberText.sig((1 + cosine) / 2))",
            "η = \(NumberText.plain(etaMin)) + (\(NumberText.plain(base)) − \(NumberText.plain(etaMin))) · \(NumberText.sig((1 + cosine) / 2)) = \(NumberText.sig(lr))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "cosine-lr", seed: seed,
            question: """
                An optimizer with lr=\(NumberText.plain(base)) uses torch.optim.lr_scheduler.CosineAnnealingLR(T_max=\(tMax), \
                eta_min=\(NumberText.plain(etaMin))). What is the learning rate after \(t) scheduler steps (epoch t = \(t))? \
                Give 3 significant figures.
                """,
            params: TemplateSupport.params(
                ("lr", .number(base)), ("eta_min", .number(etaMin)), ("T_max", TemplateSupport.int(tMax)), ("t", TemplateSupport.int(t))),
            answer: [lr], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }
}
