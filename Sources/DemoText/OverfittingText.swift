import Demos

/// `demo overfitting` for people: the fitted curves, then the errors per run.
public enum OverfittingText {
    public static func render(_ r: OverfittingReport, _ style: TextStyle) -> String {
        let p = DropoutText.number(r.p)
        var out: [String] = []
        out.append(style.bold(style.wrap("Dropout against overfitting: p = \(p) (seed \(r.seed))", indent: "")))
        out.append(style.wrap("Data: \(OverfittingDemo.trainCount) points x ~ U(-3, 3), y = sin x + N(0, \(DropoutText.number(OverfittingDemo.noise))^2). Network: 1-\(OverfittingDemo.width)-\(OverfittingDemo.width)-1 with tanh, Xavier init; Adam, lr \(DropoutText.number(OverfittingDemo.learningRate)), \(OverfittingDemo.steps) full-batch steps. The same initial weights are trained twice: without dropout, and with dropout (p = \(p)) after each hidden layer. Train error: on the \(OverfittingDemo.trainCount) noisy points; test error: on \(OverfittingDemo.testCount) points of the true curve sin x. Both measured in eval mode (no dropout)."))

        out.append(style.heading("1. The fitted curves (first initialisation)"))
        let plot = TextPlot(
            series: [
                .init(name: "sin x", points: zip(r.testX, r.testY).map { (x: $0, y: $1) }, marker: ".", color: 90),
                .init(name: "no dropout", points: zip(r.testX, r.fitWithout).map { (x: $0, y: $1) }, marker: "n", color: 31),
                .init(name: "dropout", points: zip(r.testX, r.fitWith).map { (x: $0, y: $1) }, marker: "d", color: 32),
                .init(name: "training points", points: zip(r.trainX, r.trainY).map { (x: $0, y: $1) }.sorted { $0.x < $1.x }, marker: "o", color: 33, scatter: true),
            ],
            height: 14, xLabel: "x")
        out.append(plot.render(style))
        out.append(style.wrap("Without dropout the network is free to bend through the noisy points; dropout keeps it from relying on any single unit, which usually gives a smoother curve, closer to sin x between the points."))

        out.append(style.heading("2. Mean squared errors"))
        var rows: [[String]] = []
        for k in 0..<r.without.count {
            let a = r.without[k], b = r.with[k]
            rows.append(["init \(k + 1)", Formatting.fixed(a.trainMSE, 4), Formatting.fixed(a.testMSE, 4), Formatting.fixed(b.trainMSE, 4), Formatting.fixed(b.testMSE, 4)])
        }
        rows.append(["mean", Formatting.fixed(r.meanTrainWithout, 4), Formatting.fixed(r.meanTestWithout, 4), Formatting.fixed(r.meanTrainWith, 4), Formatting.fixed(r.meanTestWith, 4)])
        out.append(style.wrap("\"no\": trained without dropout; \"p\": with dropout p = \(p)."))
        out.append(TextTable(headers: ["", "train, no", "test, no", "train, p", "test, p"], rows: rows).render(style))
        let verdict: String
        if r.dropoutHelped {
            verdict = "Here dropout raised the training error (it fits the noise less) and lowered the test error from \(Formatting.fixed(r.meanTestWithout, 4)) to \(Formatting.fixed(r.meanTestWith, 4)): less overfitting. The noise itself has variance \(Formatting.fixed(OverfittingDemo.noiseVariance, 2)), so a training error far below that means the net memorised noise."
        } else {
            verdict = "With this seed and p, dropout did not lower the mean test error (\(Formatting.fixed(r.meanTestWithout, 4)) without, \(Formatting.fixed(r.meanTestWith, 4)) with). Regularisation is not free: too much of it underfits. Try another --p or --seed."
        }
        out.append(style.wrap(verdict))
        out.append(style.wrap("--json has every run's train and test error every \(OverfittingDemo.checkpointEvery) steps."))
        return out.map { style.unicode ? $0 : BackpropText.asciiOnly($0) }.joined(separator: "\n") + "\n"
    }
}
