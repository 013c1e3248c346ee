import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// Binary cross-entropy of a probability against a 0/1 target, by TinyTensor.
    static let binaryCrossEntropy = ExerciseTemplate(
        name: "binary-cross-entropy", title: "Binary cross-entropy of a predicted probability",
        method: """
            torch.nn.BCELoss on a probability p and a target y ∈ {0, 1} (natural log):
              loss = −[y·ln p + (1 − y)·ln(1 − p)]
            so it is −ln p when y = 1 and −ln(1 − p) when y = 0. A confident wrong prediction costs a lot.
            """,
        tags: ["fundamentals", "optimization"], level: .basic, practises: ["loss-function"]
    ) { random, seed in
        let p = random.decimal(2...98, scale: 100)
        let y = random.int(0...1)
        let loss = Loss.binaryCrossEntropy(Tensor([p], shape: [1]), Tensor([Double(y)], shape: [1])).item
        let text = NumberText.sig(loss, 3)
        let steps = [
            y == 1 ? "y = 1, so loss = −ln p = −ln \(NumberText.plain(p))" : "y = 0, so loss = −ln(1 − p) = −ln \(NumberText.plain(1 - p))",
            "= \(NumberText.sig(loss))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "binary-cross-entropy", seed: seed,
            question: "A model predicts probability p = \(NumberText.plain(p)) for the positive class; the target is y = \(y). What is torch.nn.BCELoss (natural log)? Give 3 significant figures.",
            params: TemplateSupport.params(("p", .number(p)), ("target", TemplateSupport.int(y))),
            answer: [loss], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }

    /// Mean squared error over a few predictions, by TinyTensor.
    static let mseLoss = ExerciseTemplate(
        name: "mse-loss", title: "Mean squared error of a few predictions",
        method: """
            torch.nn.MSELoss with reduction='mean': square each difference prediction − target, then average
            over the elements:  loss = (1/n) Σ (ŷᵢ − yᵢ)²
            """,
        tags: ["fundamentals", "optimization"], level: .basic, practises: ["loss-function"]
    ) { random, seed in
        let n = random.int(3...4)
        var predictions: [Double] = [], targets: [Double] = []
        repeat {
            predictions = (0..<n).map { _ in random.decimal(-20...40, scale: 10) }
            targets = (0..<n).map { _ in random.decimal(-20...40, scale: 10) }
        } while predictions == targets
        let loss = Loss.meanSquaredError(Tensor(predictions, shape: [n]), Tensor(targets, shape: [n])).item
        let diffs = zip(predictions, targets).map { $0 - $1 }
        let squares = diffs.map { $0 * $0 }
        let text = NumberText.sig(loss, 4)
        let steps = [
            "Differences ŷ − y: \(TemplateSupport.list(diffs) { NumberText.sig($0, 6) })",
            "Squares: \(TemplateSupport.list(squares) { NumberText.sig($0, 6) })",
            "Mean: \(NumberText.sig(squares.reduce(0, +), 6)) / \(n) = \(NumberText.sig(loss, 6))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "mse-loss", seed: seed,
            question: "Predictions \(TemplateSupport.list(predictions, NumberText.plain)), targets \(TemplateSupport.list(targets, NumberText.plain)). What is torch.nn.MSELoss() (reduction='mean')?",
            params: TemplateSupport.params(("predictions", TemplateSupport.numbers(predictions)), ("targets", TemplateSupport.numbers(targets))),
            answer: [loss], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }
}
