import JSONKit

extension ExerciseTemplate {
    /// Conv2d output size: ⌊(in + 2p − d(k − 1) − 1)/s⌋ + 1 per side (PyTorch's formula).
    static let convOutputSize = ExerciseTemplate(
        name: "conv-output-size", title: "Output height and width of a Conv2d layer",
        method: """
            PyTorch's Conv2d, for each spatial side (height and width separately):
              out = ⌊(in + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1
            The dilated kernel covers dilation·(kernel − 1) + 1 pixels; the padded input is in + 2·padding
            pixels; count how many whole strides fit after the first position (floor), plus that one.
            """,
        tags: ["cnn"], level: .intermediate, practises: ["convolution-operation", "valid-vs-same-padding", "cnn"]
    ) { random, seed in
        func out(_ size: Int, _ k: Int, _ s: Int, _ p: Int, _ d: Int) -> Int {
            let span = size + 2 * p - d * (k - 1) - 1
            return span < 0 ? 0 : span / s + 1
        }
        var h = 0, w = 0, k = 0, s = 0, p = 0, d = 0
        repeat {
            h = random.int(5...64)
            w = random.bool() ? h : random.int(5...64)
            k = random.pick([1, 2, 3, 3, 3, 4, 5, 5, 7])
            s = random.pick([1, 1, 2, 2, 3])
            d = k == 1 ? 1 : random.pick([1, 1, 1, 2, 3])
            p = random.int(0...max(0, k / 2 + (random.bool() ? 1 : 0)))
        } while out(h, k, s, p, d) < 1 || out(w, k, s, p, d) < 1
        let effective = d * (k - 1) + 1
        var steps = ["The dilated kernel covers dilation·(kernel − 1) + 1 = \(d)·(\(k) − 1) + 1 = \(effective) pixels."]
        for (side, size) in [("H′", h), ("W′", w)] {
            let numerator = size + 2 * p - effective
            steps.append("\(side) = ⌊(\(size) + 2·\(p) − \(effective)) / \(s)⌋ + 1 = ⌊\(numerator) / \(s)⌋ + 1 = \(numerator / s) + 1 = \(out(size, k, s, p, d))")
        }
        let answer = [out(h, k, s, p, d), out(w, k, s, p, d)]
        let text = TemplateSupport.intList(answer)
        steps.append("Answer: [H′, W′] = \(text)")
        return Exercise(
            template: "conv-output-size", seed: seed,
            question: """
                A torch.nn.Conv2d layer with kernel_size=\(k), stride=\(s), padding=\(p), dilation=\(d) gets an input \
                of height \(h) and width \(w). What are the output height and width? (PyTorch rounds down.) \
                Answer as H W, e.g. 14x14.
                """,
            params: TemplateSupport.params(
                ("input", TemplateSupport.ints([h, w])), ("kernel", TemplateSupport.int(k)), ("stride", TemplateSupport.int(s)),
                ("padding", TemplateSupport.int(p)), ("dilation", TemplateSupport.int(d))),
            answer: answer.map(Double.init), answerText: text, solution: steps, form: .size(2), tolerance: .exact)
    }
}
