import Demos

/// `demo regularization` for people.
public enum RegularizationText {
    public static func render(_ r: RegularizationReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let lambdas = RegularizationDemo.lambdas
        let d = RegularizationDemo.trueWeights.count
        out.append(style.bold("L1 against L2 on a regression with irrelevant features (seed \(r.seed))"))
        out.append(style.wrap("\(RegularizationDemo.samples) examples, \(d) features; only w1, w2, w3 matter (true weights 3, -2, 1.5, the other 7 are 0), noise sd \(Formatting.fixed(RegularizationDemo.noise, 0)). Loss: mean squared error + lambda sum |w| (L1, lasso) or + lambda sum w^2 (L2, ridge). L1 is minimised by proximal gradient descent (a gradient step, then soft-thresholding), L2 by gradient descent."))
        let h = RegularizationDemo.lambdas.firstIndex(of: RegularizationDemo.headlineLambda)!
        out.append(style.heading("1. The weights at lambda = \(Formatting.fixed(RegularizationDemo.headlineLambda, 0))"))
        out.append(TextTable(
            headers: ["", "true", "no penalty", "L1", "L2"],
            rows: (0..<d).map { i in
                ["w\(i + 1)", Formatting.fixed(RegularizationDemo.trueWeights[i], 1), Formatting.fixed(r.unregularized[i], 3), Formatting.fixed(r.l1[h][i], 3), Formatting.fixed(r.l2[h][i], 3)]
            }).render(style))
        out.append(style.wrap("Exactly zero: L1 \(RegularizationReport.exactlyZero(r.l1[h])) of \(d), L2 \(RegularizationReport.exactlyZero(r.l2[h])). Below \(Formatting.fixed(RegularizationDemo.nearlyZero, 2)): L1 \(RegularizationReport.nearlyZero(r.l1[h])), L2 \(RegularizationReport.nearlyZero(r.l2[h]))."))

        out.append(style.heading("2. As lambda grows"))
        out.append(TextTable(
            headers: ["lambda", "L1 zeros", "L1 |w| sum", "L2 zeros", "L2 < 0.01", "L2 w^2 sum"],
            rows: lambdas.indices.map { k in
                [Formatting.fixed(lambdas[k], 2), String(RegularizationReport.exactlyZero(r.l1[k])), Formatting.fixed(r.l1[k].map(Swift.abs).reduce(0, +), 2),
                 String(RegularizationReport.exactlyZero(r.l2[k])), String(RegularizationReport.nearlyZero(r.l2[k])), Formatting.fixed(r.l2[k].map { $0 * $0 }.reduce(0, +), 2)]
            }).render(style))
        out.append(style.wrap("The coefficient paths of w1 (true 3), w3 (true 1.5) and w4 (true 0), against lambda (log scale on x: lambda = 10^x):"))
        func path(_ paths: [[Double]], _ i: Int) -> [(x: Double, y: Double)] {
            lambdas.indices.map { (x: Formatting.log10(lambdas[$0]), y: paths[$0][i]) }
        }
        out.append(TextPlot(
            series: [
                .init(name: "L1 w1", points: path(r.l1, 0), marker: "A", color: 31), .init(name: "L2 w1", points: path(r.l2, 0), marker: "a", color: 35),
                .init(name: "L1 w3", points: path(r.l1, 2), marker: "C", color: 34), .init(name: "L2 w3", points: path(r.l2, 2), marker: "c", color: 36),
                .init(name: "L1 w4", points: path(r.l1, 3), marker: "D", color: 32), .init(name: "L2 w4", points: path(r.l2, 3), marker: "d", color: 33),
            ],
            height: 12, xLabel: "log10 lambda", referenceY: 0).render(style))
        out.append(style.wrap("Why: near 0 the L1 penalty pulls with the same force lambda whatever the size of w, so a weight whose data gradient is weaker than that is pinned at exactly 0 (the soft threshold sets it to 0). The L2 penalty's pull, 2 lambda w, fades as w shrinks, so it spreads the shrinkage over all the weights and zeroes none (an irrelevant weight can even grow as its correlated neighbours shrink): L1 selects features, L2 does not. Plain gradient descent on |w| would only step back and forth across 0; the exact zeros come from the proximal step."))
        return finish(out, style)
    }
}
