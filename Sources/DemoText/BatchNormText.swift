import Demos

/// `demo batchnorm` for people.
public enum BatchNormText {
    public static func render(_ r: BatchNormReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let steps = BatchNormDemo.steps
        out.append(style.bold("Batch normalisation in a deep sigmoid net (seed \(r.seed))"))
        out.append(style.wrap("Task: is a point inside a circle? \(BatchNormDemo.samples) points, a 2 -> \(BatchNormDemo.hidden) x \(BatchNormDemo.width) -> 1 sigmoid network, binary cross-entropy, full-batch gradient descent (lr \(Formatting.fixed(BatchNormDemo.learningRate, 1)), \(steps) steps), from the same Xavier weights: plain (Linear, sigmoid) and with batch norm (Linear, BatchNorm, sigmoid)."))
        out.append(style.heading("1. Loss curves"))
        func points(_ v: [Double]) -> [(x: Double, y: Double)] { v.enumerated().map { (x: Double($0.offset), y: $0.element) } }
        out.append(TextPlot(
            series: [.init(name: "plain", points: points(r.plain.losses), marker: "p", color: 31), .init(name: "batch norm", points: points(r.normalized.losses), marker: "n", color: 32)],
            height: 10, xLabel: "step").render(style))
        out.append(TextTable(
            headers: ["", "loss at 0", "loss at \(steps)", "accuracy", "||dL/dW1|| at 0"],
            rows: r.runs.map {
                [$0.batchNorm ? "batch norm" : "plain", Formatting.fixed($0.losses[0], 3), Formatting.fixed($0.losses.last!, 3), "\(Formatting.fixed(100 * $0.accuracy, 0))%", Formatting.sci($0.firstLayerGradient, 2)]
            }).render(style))
        out.append(style.heading("2. Each layer's sigmoid outputs: mean / sd over the batch"))
        func cell(_ s: BatchNormReport.LayerStats) -> String { "\(Formatting.fixed(s.mean, 2)) / \(Formatting.fixed(s.std, 3))" }
        out.append(TextTable(
            headers: ["layer", "plain, start", "plain, end", "norm, start", "norm, end"],
            rows: r.plain.before.indices.map { l in
                [String(l + 1), cell(r.plain.before[l]), cell(r.plain.after[l]), cell(r.normalized.before[l]), cell(r.normalized.after[l])]
            }).render(style))
        out.append(style.wrap("Plain, the spread of the activations collapses layer by layer: deep layers output almost the same value for every point, and their gradients (times sigmoid' <= 1/4 per layer) vanish, so the loss stays near log 2 = 0.693. Batch norm re-centres and re-scales each layer's inputs over the batch, so every sigmoid works in its sensitive range and the first layer gets \(Formatting.fixed(r.normalized.firstLayerGradient / r.plain.firstLayerGradient, 0)) times the gradient."))
        out.append(style.heading("3. Training mode against evaluation mode"))
        let m = r.modes
        out.append(style.wrap("Training mode normalises with the statistics of the current batch; evaluation mode with the running averages kept during training (momentum 0.1). The trained net on two batches of 8 that share example 0:"))
        out.append(TextTable(
            headers: ["output for example 0", "batch A (0-7)", "batch B (0, 8-14)"],
            rows: [["training mode", Formatting.fixed(m.trainA[0], 4), Formatting.fixed(m.trainB[0], 4)], ["evaluation mode", Formatting.fixed(m.evalA[0], 4), Formatting.fixed(m.evalB[0], 4)]]
        ).render(style))
        let gap = zip(m.trainA, m.evalA).map { Swift.abs($0 - $1) }.max() ?? 0
        out.append(style.wrap("In training mode an example's output depends on the other examples in its batch; in evaluation mode it does not, which is what inference needs (a batch of one has no variance). On batch A the two modes differ by up to \(Formatting.fixed(gap, 3)). Forgetting model.eval() at test time is the classic bug."))
        return finish(out, style)
    }
}
