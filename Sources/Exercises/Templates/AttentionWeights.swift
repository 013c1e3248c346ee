import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// Scaled dot-product attention weights of one query over three keys, by TinyTensor.
    static let attentionWeights = ExerciseTemplate(
        name: "attention-weights", title: "Scaled dot-product attention weights",
        method: """
            Attention weights of a query q over keys k₁…kₙ (as in torch.nn.functional.scaled_dot_product_attention):
              scoreᵢ = q·kᵢ / √d    (d = the key dimension)
              weights = softmax(scores)
            The scaling by √d keeps the scores from growing with d and saturating the softmax.
            """,
        tags: ["transformers"], level: .advanced, practises: ["attention-mechanism"]
    ) { random, seed in
        var q: [Double] = [], keys: [[Double]] = []
        repeat {
            q = (0..<2).map { _ in Double(random.int(-2...2)) }
            keys = (0..<3).map { _ in (0..<2).map { _ in Double(random.int(-2...2)) } }
        } while q == [0, 0]
        let scale = 2.0.squareRoot()
        let scores = (Tensor(rows: keys).matmul(Tensor(q, shape: [2, 1])) / scale).reshaped([3])
        let weights = scores.softmax().data
        let dots = keys.map { $0[0] * q[0] + $0[1] * q[1] }
        let text = TemplateSupport.list(weights) { NumberText.fixed($0, 2) }
        let steps = [
            "Dot products q·kᵢ: \(TemplateSupport.list(dots, NumberText.plain))",
            "Scale by 1/√2: scores = \(TemplateSupport.list(scores.data) { NumberText.sig($0) })",
            "e^scores: \(TemplateSupport.list(scores.data.map { Elementary.exp($0) }) { NumberText.sig($0) }), sum \(NumberText.sig(scores.data.map { Elementary.exp($0) }.reduce(0, +)))",
            "softmax: \(TemplateSupport.list(weights) { NumberText.sig($0) })",
            "Answer: \(text)",
        ]
        let keyText = keys.map { TemplateSupport.list($0, NumberText.plain) }.joined(separator: ", ")
        return Exercise(
            template: "attention-weights", seed: seed,
            question: """
                Scaled dot-product attention, d = 2: the query is q = \(TemplateSupport.list(q, NumberText.plain)) and the keys \
                are k₁, k₂, k₃ = \(keyText). What are the attention weights softmax(q·kᵢ/√d)? Give each to 2 decimals, in order.
                """,
            params: TemplateSupport.params(("query", TemplateSupport.numbers(q)), ("keys", .array(keys.map(TemplateSupport.numbers)))),
            answer: weights, answerText: text, solution: steps, form: .reals(3), tolerance: .percentOr(decimals: 2))
    }
}
