import JSONKit

extension ExerciseTemplate {
    /// MaxPool2d output size in floor mode; a missing stride is the kernel size, padding ≤ kernel/2.
    static let poolOutputSize = ExerciseTemplate(
        name: "pool-output-size", title: "Output height and width of a MaxPool2d layer",
        method: """
            PyTorch's MaxPool2d with ceil_mode=False (floor mode), for each side:
              out = ⌊(in + 2·padding − kernel) / stride⌋ + 1
            When stride is not given it defaults to kernel_size (non-overlapping windows). PyTorch only
            accepts padding up to half the kernel size.
            """,
        tags: ["cnn"], level: .basic, practises: ["pooling-layer"]
    ) { random, seed in
        var h = 0, w = 0, k = 0, s: Int? = nil, p = 0
        func out(_ size: Int) -> Int {
            let span = size + 2 * p - k
            return span < 0 ? 0 : span / (s ?? k) + 1
        }
        repeat {
            h = random.int(4...64)
            w = random.bool() ? h : random.int(4...64)
            k = random.pick([2, 2, 2, 3, 3, 4, 5])
            s = random.int(0...2) == 0 ? nil : random.pick([1, 2, 2, 3])
            p = random.int(0...(k / 2))
        } while out(h) < 1 || out(w) < 1
        let stride = s ?? k
        var steps: [String] = []
        if s == nil { steps.append("No stride is given, so stride = kernel_size = \(k).") }
        for (side, size) in [("H′", h), ("W′", w)] {
            let numerator = size + 2 * p - k
            steps.append("\(side) = ⌊(\(size) + 2·\(p) − \(k)) / \(stride)⌋ + 1 = ⌊\(numerator) / \(stride)⌋ + 1 = \(numerator / stride) + 1 = \(out(size))")
        }
        let answer = [out(h), out(w)]
        let text = TemplateSupport.intList(answer)
        steps.append("Answer: [H′, W′] = \(text)")
        let strideText = s.map { "stride=\($0), " } ?? ""
        return Exercise(
            template: "pool-output-size", seed: seed,
            question: """
                A torch.nn.MaxPool2d(kernel_size=\(k), \(strideText)padding=\(p)) layer (ceil_mode=False\
                \(s == nil ? ", stride not given" : "")) gets an input of height \(h) and width \(w). \
                What are the output height and width? Answer as H W, e.g. 14x14.
                """,
            params: TemplateSupport.params(
                ("input", TemplateSupport.ints([h, w])), ("kernel", TemplateSupport.int(k)),
                ("stride", s.map(TemplateSupport.int) ?? .null), ("padding", TemplateSupport.int(p))),
            answer: answer.map(Double.init), answerText: text, solution: steps, form: .size(2), tolerance: .exact)
    }
}
