import Demos

/// `demo early-stopping` for people.
public enum EarlyStoppingText {
    public static func render(_ r: EarlyStoppingReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let steps = EarlyStoppingDemo.steps, patience = EarlyStoppingDemo.patience
        out.append(style.bold("Early stopping (seed \(r.seed))"))
        out.append(style.wrap("A linear model with \(EarlyStoppingDemo.features) weights fitted to \(EarlyStoppingDemo.trainSize) noisy examples (almost one weight per example, so it can fit the noise), by full-batch gradient descent from zero weights for \(steps) steps; \(EarlyStoppingDemo.validationSize) held-out examples give the validation loss. Patience \(patience): stop when \(patience) steps pass without a new best validation loss, and restore the best weights."))
        func points(_ v: [Double]) -> [(x: Double, y: Double)] { v.enumerated().map { (x: Double($0.offset), y: $0.element) } }
        out.append(TextPlot(
            series: [.init(name: "train", points: points(r.trainLosses), marker: "t", color: 34), .init(name: "validation", points: points(r.validationLosses), marker: "v", color: 31)],
            height: 12, logY: true, xLabel: "step").render(style))
        let stop = r.stoppedStep
        var rows: [[String]] = [["start", "0", Formatting.fixed(r.trainLosses[0], 3), Formatting.fixed(r.validationLosses[0], 3)]]
        rows.append(["best (restored)", String(r.bestStep), Formatting.fixed(r.trainLosses[r.bestStep], 3), Formatting.fixed(r.validationLosses[r.bestStep], 3)])
        if let s = stop { rows.append(["stopped", String(s), Formatting.fixed(r.trainLosses[s], 3), Formatting.fixed(r.validationLosses[s], 3)]) }
        rows.append(["all \(steps) steps", String(steps), Formatting.fixed(r.trainLosses[steps], 3), Formatting.fixed(r.validationLosses[steps], 3)])
        out.append(TextTable(headers: ["", "step", "train", "validation"], rows: rows).render(style))
        if let s = stop {
            out.append(style.wrap("The validation loss was lowest at step \(r.bestStep); after \(patience) more steps without a better one, training stopped at step \(s) and the weights of step \(r.bestStep) were restored. Training on would have kept lowering the training loss (\(Formatting.fixed(r.trainLosses[r.bestStep], 3)) to \(Formatting.fixed(r.trainLosses[steps], 3))) while the validation loss rose to \(Formatting.fixed(r.validationLosses[steps], 3)): the later steps fit the noise."))
        } else {
            out.append(style.wrap("With this seed the validation loss never went \(patience) steps without a new best, so training ran all \(steps) steps; the best step was \(r.bestStep). Early stopping only helps when the model starts to overfit within the budget: try another --seed."))
        }
        let norm = { (w: [Double]) in w.map { $0 * $0 }.reduce(0, +).squareRoot() }
        out.append(style.wrap("The restored weights are smaller: ||w|| = \(Formatting.fixed(norm(r.restoredWeights), 2)) at step \(r.bestStep) against \(Formatting.fixed(norm(r.finalWeights), 2)) after \(steps) steps (the true weights have \(Formatting.fixed(norm(r.trueWeights), 2))). Gradient descent from zero fits the strong directions of the data first and the weak, noisy ones last, so stopping early acts much like an L2 penalty."))
        return finish(out, style)
    }
}
