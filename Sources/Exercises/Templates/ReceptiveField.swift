import JSONKit

extension ExerciseTemplate {
    /// Receptive field of a stack of convolutions: r = 1 + Σ (kₗ − 1)·dₗ·Π_{i<l} sᵢ.
    static let receptiveField = ExerciseTemplate(
        name: "receptive-field", title: "Receptive field of a stack of convolutions",
        method: """
            Walk from the input to the output, keeping the receptive field r (start 1) and the jump j, the
            distance in input pixels between neighbouring positions of the current layer (start 1):
              r ← r + (kernel − 1) · dilation · j,   then   j ← j · stride
            Padding does not change the receptive field. Pooling layers count as layers with their kernel and stride.
            """,
        tags: ["cnn"], level: .intermediate, practises: ["receptive-field"]
    ) { random, seed in
        let count = random.int(2...4)
        var layers: [(k: Int, s: Int, d: Int)] = []
        for _ in 0..<count {
            let k = random.pick([1, 2, 3, 3, 3, 5, 7])
            let s = random.pick([1, 1, 2, 2])
            let d = k == 1 ? 1 : random.pick([1, 1, 1, 2])
            layers.append((k, s, d))
        }
        if layers.allSatisfy({ $0.k == 1 }) { layers[0].k = 3 }
        var r = 1, j = 1
        var steps = ["Start at the input: r = 1, jump j = 1."]
        for (i, l) in layers.enumerated() {
            let grow = (l.k - 1) * l.d * j
            steps.append("Layer \(i + 1) (kernel \(l.k), stride \(l.s), dilation \(l.d)): r = \(r) + (\(l.k) − 1)·\(l.d)·\(j) = \(r + grow); j = \(j)·\(l.s) = \(j * l.s)")
            r += grow
            j *= l.s
        }
        steps.append("Answer: \(r)")
        let described = layers.enumerated().map { "\($0.offset + 1): kernel \($0.element.k), stride \($0.element.s), dilation \($0.element.d)" }
        return Exercise(
            template: "receptive-field", seed: seed,
            question: """
                A 1-D stack of convolutions, from the input to the output: \(described.joined(separator: "; ")). \
                How many input positions does one output position see (its receptive field)?
                """,
            params: TemplateSupport.params(("layers", .array(layers.map {
                TemplateSupport.params(("kernel", TemplateSupport.int($0.k)), ("stride", TemplateSupport.int($0.s)), ("dilation", TemplateSupport.int($0.d)))
            }))),
            answer: [Double(r)], answerText: String(r), solution: steps, form: .count, tolerance: .exact)
    }
}
