import Demos

/// `demo initialization` for people.
public enum InitializationText {
    static let markers: [String: (Character, Int)] = ["zeros": ("0", 37), "small": ("s", 31), "xavier": ("x", 34), "he": ("h", 32)]

    public static func render(_ r: InitializationReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let depth = InitializationDemo.depth
        out.append(style.bold("Weight initialisation through \(depth) layers (seed \(r.seed))"))
        out.append(style.wrap("A batch of \(InitializationDemo.batch) standard-normal inputs goes through \(depth) layers h = f(h W) of width \(InitializationDemo.width), no biases. Backward, each layer gets dL/dh from a fixed random gradient at the top. The spread (standard deviation) of h says whether the signal survives the way up; the spread of dL/dh whether it survives the way down."))
        for activation in InitializationDemo.activations.map(\.rawValue) {
            out.append(style.heading("\(activation): spread of the activations h_l and of the gradients dL/dh_l"))
            let runs = InitializationDemo.schemes.compactMap { r.run(activation, $0) }
            func row(_ name: String, _ values: (InitializationReport.Run) -> [Double]) -> [[String]] {
                runs.map { run in ["\(run.scheme) \(name)"] + [0, depth / 2 - 1, depth - 1].map { Formatting.sci(values(run)[$0], 1) } }
            }
            out.append(TextTable(
                headers: ["", "layer 1", "layer \(depth / 2)", "layer \(depth)"],
                rows: row("h", \.activationStd) + row("dL/dh", \.gradientStd)
            ).render(style))
            let drawn = runs.filter { $0.activationStd.contains { $0 > 0 } }
            out.append(TextPlot(
                series: drawn.map { run in
                    .init(name: run.scheme, points: run.activationStd.enumerated().map { (x: Double($0.offset + 1), y: $0.element) },
                          marker: markers[run.scheme]!.0, color: markers[run.scheme]!.1)
                },
                height: 8, logY: true, xLabel: "layer").render(style))
        }
        out.append(style.heading("What it shows"))
        let heReLU = r.run("relu", "he")!, xavierReLU = r.run("relu", "xavier")!, smallTanh = r.run("tanh", "small")!
        out.append(style.wrap("Zeros: every unit computes the same thing, h is 0 from layer 1 on, and no gradient reaches any weight (the gradients are all exactly 0): the symmetry is never broken. Small random (sd 0.01): each layer multiplies the spread by about 0.01 x sqrt(\(InitializationDemo.width)), so with tanh h is \(Formatting.sci(smallTanh.activationStd.last!, 1)) at layer \(depth), and the gradient vanishes on the way back the same way."))
        out.append(style.wrap("Xavier keeps the variance for tanh (Var W = 2 / (fan_in + fan_out)). ReLU zeroes half its inputs, so with Xavier the spread halves in variance at each layer (\(Formatting.sci(xavierReLU.activationStd.last!, 1)) at layer \(depth)); He (Var W = 2 / fan_in) makes up for that factor of 2 and keeps it near \(Formatting.fixed(heReLU.activationStd.last!, 2))."))
        return finish(out, style)
    }
}
