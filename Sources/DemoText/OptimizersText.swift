import Demos

/// `demo optimizers` for people.
public enum OptimizersText {
    static let markers: [String: (Character, Int)] = ["sgd": ("s", 31), "momentum": ("m", 34), "rmsprop": ("r", 32), "adam": ("a", 35)]

    public static func render(_ r: OptimizersReport, _ style: TextStyle) -> String {
        var out: [String] = []
        out.append(style.bold("Optimisers in a long narrow valley (seed \(r.seed))"))
        out.append(style.wrap("\(OptimizersDemo.formula): 25 times steeper across (y) than along (x). Start (\(Formatting.fixed(r.start[0], 3)), \(Formatting.fixed(r.start[1], 3))); each runs until f < \(Formatting.sci(OptimizersDemo.tolerance, 1)) or \(OptimizersDemo.maxSteps) steps."))
        out.append(TextTable(
            headers: ["optimizer", "lr", "steps to f < tol", "final f"],
            rows: r.runs.map { [$0.name, Formatting.fixed($0.lr, 2), $0.stepsToTolerance.map(String.init) ?? "> \(OptimizersDemo.maxSteps)", Formatting.sci($0.losses.last!, 2)] }
        ).render(style))

        out.append(style.heading("1. The paths (x across, y up)"))
        out.append(TextPlot(
            series: r.runs.map { run in .init(name: run.name, points: run.path.map { (x: $0[0], y: $0[1]) }, marker: markers[run.name]!.0, color: markers[run.name]!.1, scatter: true) },
            height: 12, xLabel: "x", referenceY: 0).render(style))
        out.append(style.heading("2. The loss by step"))
        out.append(TextPlot(
            series: r.runs.map { run in .init(name: run.name, points: run.losses.enumerated().map { (x: Double($0.offset), y: Swift.max($0.element, 1e-12)) }, marker: markers[run.name]!.0, color: markers[run.name]!.1) },
            height: 10, logY: true, xLabel: "step").render(style))

        out.append(style.heading("3. The first three updates"))
        let firstSteps = (0..<4).map { k in
            ["step \(k)"] + r.runs.map { run in
                run.path.count > k ? "(\(Formatting.fixed(run.path[k][0], 2)), \(Formatting.fixed(run.path[k][1], 2)))" : ""
            }
        }
        out.append(TextTable(headers: ["(x, y)"] + r.runs.map(\.name), rows: firstSteps).render(style))
        out.append(style.wrap("SGD's rate is capped by the steep direction (above 2/25 it diverges across the valley), so it crawls along x. Momentum accumulates the consistent x-gradient and damps the zig-zag in y. RMSProp and Adam divide each coordinate's step by the size of its recent gradients, so both directions move at about the same speed, lr per step."))
        return finish(out, style)
    }
}
