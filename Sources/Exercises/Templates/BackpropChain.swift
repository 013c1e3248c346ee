import JSONKit
import TinyTensor

extension ExerciseTemplate {
    /// dL/dw₁ through a 1-1-1 network (sigmoid hidden unit, linear output, squared error), by autodiff.
    static let backpropChain = ExerciseTemplate(
        name: "backprop-chain", title: "Backpropagation through a 1-1-1 network",
        method: """
            Forward: z = w₁x + b₁, h = σ(z), y = w₂h + b₂, L = (y − t)².
            Backward, by the chain rule, one factor per step:
              dL/dy = 2(y − t),  dy/dh = w₂,  dh/dz = σ(z)(1 − σ(z)),  dz/dw₁ = x
              dL/dw₁ = 2(y − t) · w₂ · σ(z)(1 − σ(z)) · x
            """,
        tags: ["fundamentals", "optimization"], level: .intermediate, practises: ["backpropagation", "forward-and-backward-pass"]
    ) { random, seed in
        var x = 0.0, w1v = 0.0, b1 = 0.0, w2v = 0.0, b2 = 0.0, t = 0.0, gradient = 0.0
        var z = 0.0, h = 0.0, y = 0.0, loss = 0.0
        repeat {
            x = random.decimal(-20...20, scale: 10)
            w1v = random.decimal(-20...20, scale: 10)
            b1 = random.decimal(-10...10, scale: 10)
            w2v = random.decimal(-20...20, scale: 10)
            b2 = random.decimal(-10...10, scale: 10)
            t = Double(random.int(0...1))
            let w1 = Tensor(w1v, requiresGrad: true)
            let zt = w1 * x + b1
            let ht = zt.sigmoid()
            let yt = ht * w2v + b2
            let lt = (yt - t) * (yt - t)
            lt.backward()
            (z, h, y, loss, gradient) = (zt.item, ht.item, yt.item, lt.item, w1.grad[0])
        } while abs(gradient) < 0.01
        let text = NumberText.sig(gradient, 3)
        let sp = h * (1 - h)
        let steps = [
            "Forward: z = \(NumberText.plain(w1v))·\(NumberText.paren(NumberText.plain(x))) + \(NumberText.paren(NumberText.plain(b1))) = \(NumberText.sig(z)); h = σ(z) = \(NumberText.sig(h)); y = \(NumberText.plain(w2v))·\(NumberText.sig(h)) + \(NumberText.paren(NumberText.plain(b2))) = \(NumberText.sig(y)); L = \(NumberText.sig(loss))",
            "dL/dy = 2(y − t) = 2·(\(NumberText.sig(y)) − \(NumberText.plain(t))) = \(NumberText.sig(2 * (y - t)))",
            "dy/dh = w₂ = \(NumberText.plain(w2v)); dh/dz = h(1 − h) = \(NumberText.sig(sp)); dz/dw₁ = x = \(NumberText.plain(x))",
            "dL/dw₁ = \(NumberText.sig(2 * (y - t))) · \(NumberText.paren(NumberText.plain(w2v))) · \(NumberText.sig(sp)) · \(NumberText.paren(NumberText.plain(x))) = \(NumberText.sig(gradient))",
            "Answer: \(text)",
        ]
        return Exercise(
            template: "backprop-chain", seed: seed,
            question: """
                A 1-1-1 network: z = w₁x + b₁, h = sigmoid(z), y = w₂h + b₂, loss L = (y − t)². With x = \(NumberText.plain(x)), \
                w₁ = \(NumberText.plain(w1v)), b₁ = \(NumberText.plain(b1)), w₂ = \(NumberText.plain(w2v)), b₂ = \(NumberText.plain(b2)) \
                and target t = \(NumberText.plain(t)), what is dL/dw₁? Give 3 significant figures.
                """,
            params: TemplateSupport.params(
                ("x", .number(x)), ("w1", .number(w1v)), ("b1", .number(b1)), ("w2", .number(w2v)), ("b2", .number(b2)),
                ("target", .number(t))),
            answer: [gradient], answerText: text, solution: steps, form: .real, tolerance: .percent)
    }
}
