import Demos
import TinyTensor

/// `demo activations` for people: a table and plots of values and derivatives, then the
/// vanishing-gradient experiment as a table and a log-scale plot.
public enum ActivationsText {
    static let tableX: Set<Double> = [-4, -3, -2, -1, -0.5, -0.25, 0, 0.25, 0.5, 1, 2, 3, 4]
    static let colors: [Activation: Int] = [.sigmoid: 31, .tanh: 34, .relu: 32, .leakyRelu: 35]
    static let markers: [Activation: Character] = [.sigmoid: "s", .tanh: "t", .relu: "r", .leakyRelu: "l"]

    public static func render(_ r: ActivationsReport, _ style: TextStyle) -> String {
        var out: [String] = []
        out.append(style.bold("Activation functions and their derivatives (by TinyTensor's autodiff)"))

        out.append(style.heading("1. Values and derivatives"))
        let rows = r.points.filter { tableX.contains($0.x) }.map { p in
            [Formatting.fixed(p.x, 2)] + Activation.allCases.flatMap { a in [Formatting.fixed(p.value(a), 4), Formatting.fixed(p.derivative(a), 4)] }
        }
        let headers = ["x"] + Activation.allCases.flatMap { a in [a == .leakyRelu ? "leaky" : a.rawValue, (a == .leakyRelu ? "leaky" : a.rawValue) + "'"] }
        out.append(TextTable(headers: headers, rows: rows).render(style))
        out.append("  (leaky = leaky_relu with slope 0.01)")
        out.append("")
        out.append("  Values, x from -4 to 4 (step 0.25):")
        out.append(plot(r, style, derivative: false).render(style))
        out.append("")
        out.append("  Derivatives:")
        out.append(plot(r, style, derivative: true).render(style))
        out.append(style.wrap("(leaky_relu lies under relu, except for x < 0, where it is 0.01x with slope 0.01.)"))
        let sigmoidPeak = r.maxDerivative(.sigmoid)
        out.append("")
        out.append(style.wrap("sigmoid' = s(1-s) peaks at \(Formatting.fixed(sigmoidPeak, 4)) at x = 0, so every sigmoid layer scales the gradient by 1/4 at best."))
        out.append(style.wrap("tanh' = 1-t^2 peaks at 1 at x = 0, but falls towards 0 as |x| grows (saturation)."))
        out.append(style.wrap("relu' is 0 for x < 0 and 1 for x > 0. At x = 0 it is undefined; TinyTensor, like PyTorch, uses 0."))
        out.append(style.wrap("leaky_relu' is 0.01 for x < 0 and 1 for x > 0; at x = 0 TinyTensor uses 0.01, so its units never stop learning."))

        out.append(style.heading("2. Vanishing gradients: how much gradient reaches the first layer"))
        out.append(style.wrap("An MLP of depth d: d layers Linear(16->16) + activation, then Linear(16->1); a batch of 16 N(0,1) inputs with N(0,1) targets; mean squared error. Xavier init for sigmoid and tanh, He for ReLU, zero biases. The depth-d network is the first d layers of one 20-layer stack. Shown: ||dL/dW1|| (Frobenius norm), the mean over \(ActivationsDemo.seedsPerDepth) networks (seed \(r.seed))."))
        let depthRows = r.depthGradients.map {
            [String($0.depth), Formatting.sci($0.sigmoid, 3), Formatting.sci($0.tanh, 3), Formatting.sci($0.relu, 3)]
        }
        out.append(TextTable(headers: ["depth", "sigmoid", "tanh", "relu"], rows: depthRows).render(style))
        out.append("")
        let series: [(Activation, KeyPath<ActivationsReport.DepthGradient, Double>)] = [(.sigmoid, \.sigmoid), (.tanh, \.tanh), (.relu, \.relu)]
        let depthPlot = TextPlot(
            series: series.map { a, key in
                .init(name: a.rawValue, points: r.depthGradients.map { (x: Double($0.depth), y: $0[keyPath: key]) }, marker: markers[a]!, color: colors[a]!)
            },
            height: 12, logY: true, xLabel: "depth")
        out.append(depthPlot.render(style))
        out.append("")
        let first = r.depthGradients.first!.depth, last = r.depthGradients.last!.depth
        for (a, key) in series {
            out.append("  \(Formatting.padRight(a.rawValue + ":", 8)) depth \(first) to \(last): the norm is multiplied by \(Formatting.sci(r.depthGradientRatio(key), 2))")
        }
        out.append(style.wrap("Sigmoid's gradient vanishes geometrically: each layer multiplies it by sigmoid' ≤ 0.25 times the weights. Tanh with Xavier loses far less, and ReLU with He keeps the same order of magnitude, though single networks of width 16 scatter a lot. This is why deep nets use ReLU-like units, careful initialisation, normalisation and residual connections."))
        return out.map { style.unicode ? $0 : BackpropText.asciiOnly($0) }.joined(separator: "\n") + "\n"
    }

    static func plot(_ r: ActivationsReport, _ style: TextStyle, derivative: Bool) -> TextPlot {
        TextPlot(
            // leaky_relu first, so relu is drawn over it where the two share a cell.
            series: [Activation.leakyRelu, .sigmoid, .tanh, .relu].map { a in
                .init(
                    name: a.rawValue + (derivative ? "'" : ""),
                    points: r.points.map { (x: $0.x, y: derivative ? $0.derivative(a) : $0.value(a)) },
                    marker: markers[a]!, color: colors[a]!)
            },
            height: derivative ? 8 : 12, xLabel: "x", referenceY: 0)
    }
}
