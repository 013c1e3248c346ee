import Demos

/// `demo softmax` for people.
public enum SoftmaxText {
    public static func render(_ r: SoftmaxReport, _ style: TextStyle) -> String {
        var out: [String] = []
        out.append(style.bold("Softmax and cross-entropy on \(r.logits.count) classes (seed \(r.seed))"))
        out.append(style.heading("1. Logits to probabilities to loss"))
        out.append(style.wrap("p_i = e^(z_i) / sum_j e^(z_j);  loss = -ln p[target], here target = class \(r.target)."))
        let rows = r.logits.indices.map { i in
            [String(i) + (i == r.target ? " (target)" : ""), Formatting.fixed(r.logits[i], 1), Formatting.fixed(r.probabilities[i], 4),
             Formatting.fixed(i == r.target ? 1 : 0, 0), Formatting.fixed(r.gradient[i], 4)]
        }
        out.append(TextTable(headers: ["class", "logit z", "p", "y", "dL/dz = p - y"], rows: rows).render(style))
        out.append("  loss = -ln \(Formatting.fixed(r.probabilities[r.target], 4)) = " + style.bold(Formatting.fixed(r.loss, 4)))
        out.append(style.wrap("The gradient column came from autodiff through log-softmax, and it is exactly p - y: softmax and cross-entropy together have the simplest possible gradient. It pushes the target's logit up and every other logit down, each in proportion to its probability."))

        out.append(style.heading("2. Temperature: softmax(z / T)"))
        out.append(TextTable(headers: ["T"] + r.logits.indices.map { "p\($0)" }, rows: r.temperatures.map { t in
            [Formatting.fixed(t.t, 1)] + t.probabilities.map { Formatting.fixed($0, 4) }
        }).render(style))
        out.append(style.wrap("Low T sharpens towards the largest logit (T -> 0 is argmax); high T flattens towards uniform. Sampling from language models and distillation's soft targets use it."))

        out.append(style.heading("3. Why subtract the maximum"))
        out.append(style.wrap("Add \(Formatting.fixed(SoftmaxDemo.shift, 0)) to every logit. The textbook formula needs e^\(Formatting.fixed(r.shiftedLogits.max()!, 1)), beyond the largest Double (about 1.8e308): e^x is \(r.naiveExpFinite ? "finite" : "inf"), and inf / inf gives \(r.naiveProbabilitiesFinite ? "finite values" : "nan") probabilities."))
        out.append(style.wrap("Softmax does not change when a constant is subtracted from every logit (e^c cancels). With c = max, every exponent is at most 0, nothing overflows, and the result is the same as before the shift: \(Grid.vector(r.stableProbabilities, decimals: 4)), largest difference \(Formatting.sci(r.shiftInvariance, 1))."))
        return finish(out, style)
    }
}
