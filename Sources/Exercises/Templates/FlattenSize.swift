import JSONKit

extension ExerciseTemplate {
    /// The length of the vector a conv → max-pool → flatten block hands to a Linear layer.
    static let flattenSize = ExerciseTemplate(
        name: "flatten-size", title: "The size after Conv2d, MaxPool2d and Flatten",
        method: """
            Follow the shape [C, H, W] through each layer (PyTorch floors every division):
              Conv2d: C → out_channels, H → ⌊(H + 2·padding − kernel)/stride⌋ + 1 (the same for W)
              MaxPool2d(k): H → ⌊(H − k)/k⌋ + 1 (stride defaults to the kernel size)
              Flatten: C · H · W, the in_features the next Linear layer needs.
            """,
        tags: ["cnn"], level: .intermediate, practises: ["flatten-layer", "pooling-layer"]
    ) { random, seed in
        var c = 0, h = 0, w = 0, cout = 0, k = 0, s = 0, p = 0, pool = 0
        var h1 = 0, w1 = 0, h2 = 0, w2 = 0
        repeat {
            c = random.pick([1, 3, 3, 16, 32])
            h = random.pick([28, 32, 32, 48, 64, 96, 224]) + random.pick([0, 0, 0, 1, 3])
            w = random.bool() ? h : random.int(16...100)
            cout = random.pick([8, 16, 32, 64, 128])
            k = random.pick([3, 3, 5, 7])
            s = random.pick([1, 1, 2])
            p = random.int(0...(k / 2))
            pool = random.pick([2, 2, 3])
            h1 = (h + 2 * p - k) / s + 1
            w1 = (w + 2 * p - k) / s + 1
            h2 = (h1 - pool) / pool + 1
            w2 = (w1 - pool) / pool + 1
        } while h1 < pool || w1 < pool
        let total = cout * h2 * w2
        let steps = [
            "Conv2d: H = ⌊(\(h) + 2·\(p) − \(k))/\(s)⌋ + 1 = \(h1), W = ⌊(\(w) + 2·\(p) − \(k))/\(s)⌋ + 1 = \(w1); shape [\(cout), \(h1), \(w1)]",
            "MaxPool2d(\(pool)): H = ⌊(\(h1) − \(pool))/\(pool)⌋ + 1 = \(h2), W = ⌊(\(w1) − \(pool))/\(pool)⌋ + 1 = \(w2); shape [\(cout), \(h2), \(w2)]",
            "Flatten: \(cout) · \(h2) · \(w2) = \(NumberText.count(total))",
            "Answer: \(NumberText.count(total))",
        ]
        return Exercise(
            template: "flatten-size", seed: seed,
            question: """
                An input of shape [\(c), \(h), \(w)] (channels, height, width) goes through torch.nn.Conv2d(\(c), \(cout), \
                kernel_size=\(k), stride=\(s), padding=\(p)), ReLU, torch.nn.MaxPool2d(\(pool)) and torch.nn.Flatten(). \
                How many features does the next Linear layer need (in_features)?
                """,
            params: TemplateSupport.params(
                ("input", TemplateSupport.ints([c, h, w])), ("out_channels", TemplateSupport.int(cout)),
                ("kernel", TemplateSupport.int(k)), ("stride", TemplateSupport.int(s)), ("padding", TemplateSupport.int(p)),
                ("pool", TemplateSupport.int(pool))),
            answer: [Double(total)], answerText: NumberText.count(total), solution: steps, form: .count, tolerance: .exact)
    }
}
