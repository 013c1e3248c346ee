import Demos

/// `demo residual` for people.
public enum ResidualText {
    public static func render(_ r: ResidualReport, _ style: TextStyle) -> String {
        var out: [String] = []
        let depth = ResidualDemo.depth
        out.append(style.bold("Skip connections and the gradient by layer (seed \(r.seed))"))
        out.append(style.wrap("\(depth) sigmoid layers of width \(ResidualDemo.width) (Xavier weights, no biases), a linear read-out, mean squared error on \(ResidualDemo.batch) random examples. The same weights twice: plain, h = sigmoid(h W), and residual, h = h + sigmoid(h W). The gradient ||dL/dW_l|| that reaches each layer l:"))
        func points(_ v: [Double]) -> [(x: Double, y: Double)] { v.enumerated().map { (x: Double($0.offset + 1), y: $0.element) } }
        out.append(TextPlot(
            series: [.init(name: "plain", points: points(r.plainNorms), marker: "p", color: 31), .init(name: "residual", points: points(r.residualNorms), marker: "r", color: 32)],
            height: 12, logY: true, xLabel: "layer").render(style))
        let shown = Array(stride(from: 0, to: depth, by: 4)) + [depth - 1]
        out.append(TextTable(
            headers: ["layer", "plain", "residual"],
            rows: shown.map { [String($0 + 1), Formatting.sci(r.plainNorms[$0], 2), Formatting.sci(r.residualNorms[$0], 2)] }
        ).render(style))
        out.append(style.wrap("Layer 1 gets \(Formatting.sci(ResidualReport.firstToLast(r.plainNorms), 1)) of the gradient of layer \(depth) in the plain net, and \(Formatting.sci(ResidualReport.firstToLast(r.residualNorms), 1)) in the residual one. Without the skip, each layer multiplies the gradient by diag(sigmoid') W^T, and sigmoid' is at most 1/4: over \(depth) layers it vanishes, and the first layers barely learn. With the skip, dh_l/dh_(l-1) = I + diag(sigmoid') W^T: the identity carries the gradient from the top to every layer unchanged, and the branches add to it. This is what lets ResNets train with 100+ layers."))
        return finish(out, style)
    }
}
