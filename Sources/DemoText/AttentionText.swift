import Demos

/// `demo attention` for people.
public enum AttentionText {
    public static func render(_ r: AttentionReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let d = AttentionDemo.dim
        out.append(style.bold("Scaled dot-product attention: \(r.q.count) tokens, d = \(d) (seed \(r.seed))"))
        out.append(Grid.render("Q (one query per token)", r.q, decimals: 1))
        out.append(Grid.render("K", r.k, decimals: 1))
        out.append(Grid.render("V", r.v, decimals: 1))
        out.append(style.heading("1. Scores, weights, output"))
        out.append(Grid.render("scores = Q K^T / sqrt(\(d)): row i = how well query i matches each key", r.scores, decimals: 3))
        out.append(Grid.render("weights = softmax of each row (rows sum to 1)", r.weights, decimals: 3))
        out.append(Grid.render("output = weights V: each row a weighted mean of the values", r.output, decimals: 3))

        out.append(style.heading("2. Causal mask: token i may look at tokens 0..i only"))
        out.append(style.wrap("Masked scores are set to -inf before the softmax, so their weights are exactly 0 and the rest renormalise. Decoders (GPT) use it so a token cannot see the future."))
        out.append(Grid.render("masked weights", r.maskedWeights, decimals: 3))
        out.append(Grid.render("masked output", r.maskedOutput, decimals: 3))

        out.append(style.heading("3. Why divide by sqrt(d)"))
        out.append(style.wrap("Random N(0,1) queries and keys: a dot product of d terms has variance d. Unscaled, the scores spread out as d grows and softmax goes one-hot (its gradient vanishes); scaled, the spread stays near 1. Mean over \(AttentionDemo.scalingQueries) queries, \(AttentionDemo.scalingKeys) keys each:"))
        out.append(TextTable(
            headers: ["d", "sd(q.k)", "sd(q.k/sqrt d)", "max weight", "max weight, scaled"],
            rows: r.scaling.map { [String($0.d), Formatting.fixed($0.scoreSD, 2), Formatting.fixed($0.scaledScoreSD, 2), Formatting.fixed($0.meanMaxWeight, 3), Formatting.fixed($0.meanMaxWeightScaled, 3)] }
        ).render(style))
        return finish(out, style)
    }
}
