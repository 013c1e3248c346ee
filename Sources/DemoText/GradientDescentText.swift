import Demos

/// `demo gradient-descent` for people.
public enum GradientDescentText {
    static let markers: [String: (Character, Int)] = ["batch": ("b", 34), "mini-batch": ("m", 32), "stochastic": ("s", 31)]

    public static func render(_ r: GradientDescentReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let epochs = GradientDescentDemo.epochs, n = GradientDescentDemo.samples
        out.append(style.bold("Batch, mini-batch and stochastic gradient descent (seed \(r.seed))"))
        out.append(style.wrap("Linear regression on \(n) examples (y = 2 x1 - x2 + 0.5 + noise), from zero weights, learning rate \(Formatting.fixed(GradientDescentDemo.learningRate, 2)), \(epochs) epochs (passes over the data) each. The loss on the whole data set is recorded after every update; the best possible (least squares) is \(Formatting.fixed(r.optimumLoss, 4))."))
        out.append(TextTable(
            headers: ["method", "batch size", "updates/epoch", "updates", "final loss", "uphill updates"],
            rows: r.runs.map {
                [$0.name, String($0.batchSize), String($0.updatesPerEpoch), String($0.losses.count - 1), Formatting.fixed($0.losses.last!, 4), "\(Formatting.fixed(100 * $0.uphillFraction, 0))%"]
            }).render(style))
        func series(_ pick: (GradientDescentReport.Run) -> [(x: Double, y: Double)]) -> [TextPlot.Series] {
            r.runs.map { .init(name: $0.name, points: pick($0), marker: markers[$0.name]!.0, color: markers[$0.name]!.1) }
        }
        out.append(style.heading("1. Loss by epoch: the same passes over the data"))
        out.append(TextPlot(series: series { $0.epochLosses.enumerated().map { (x: Double($0.offset), y: $0.element) } }, height: 10, logY: true, xLabel: "epoch").render(style))
        out.append(style.heading("2. Loss by update, first two epochs: the noise"))
        let window = 2 * n
        out.append(TextPlot(series: series { run in
            run.losses.prefix(run.updatesPerEpoch * 2 + 1).enumerated().map { (x: Double($0.offset * window / (run.updatesPerEpoch * 2)), y: $0.element) }
        }, height: 10, logY: true, xLabel: "examples seen").render(style))
        let batch = r.runs[0], stochastic = r.runs[2]
        out.append(style.wrap("Batch descent follows the exact gradient: its loss never goes up, but it takes only one step per epoch and after \(epochs) epochs is still at \(Formatting.fixed(batch.losses.last!, 3)). Stochastic descent takes \(n) steps per epoch on one example each: it gets near the floor within a few epochs, but each step follows one noisy example, so \(Formatting.fixed(100 * stochastic.uphillFraction, 0))% of its updates raise the loss on the whole data and it keeps jittering above the floor (a decaying learning rate would settle it). Mini-batches of \(r.runs[1].batchSize) average out most of the noise and still take \(r.runs[1].updatesPerEpoch) steps per epoch, and on a GPU a batch costs about as much as one example: the usual choice."))
        return finish(out, style)
    }
}
