import Demos

/// `demo conv` for people.
public enum ConvText {
    public static func render(_ r: ConvReport, _ style: TextStyle) -> String {
        var out: [String] = []
        out.append(style.bold("Convolution on a 6x6 image with a vertical edge (seed \(r.seed))"))
        out.append(style.wrap("Deep-learning libraries compute cross-correlation: the kernel slides over the image unflipped, and each output is the sum of the elementwise products under it."))
        out.append(Grid.render("input (dark left, bright right)", r.input, decimals: 0))
        out.append(Grid.render("kernel (Sobel, vertical edges)", r.kernel, decimals: 0))

        out.append(style.heading("1. One window in full: output row \(r.window.row), column \(r.window.column)"))
        out.append(Grid.render("patch", r.window.patch, decimals: 0))
        out.append(Grid.render("patch x kernel, elementwise", r.window.products, decimals: 0))
        let terms = r.window.products.flatMap { $0 }.map { Formatting.fixed($0, 0) }.joined(separator: " + ").replacing("+ -", with: "- ")
        out.append(style.wrap("sum = \(terms) = \(Formatting.fixed(r.window.output, 0))"))

        out.append(style.heading("2. Padding and stride"))
        out.append(style.wrap("Output size per side: out = floor((n + 2p - k) / s) + 1, for n = 6, k = 3:"))
        out.append(TextTable(headers: ["", "padding p", "stride s", "output"], rows: r.sizes.map { [$0.name, String($0.padding), String($0.stride), "\($0.output)x\($0.output)"] }).render(style))
        out.append(Grid.render("valid (no padding): 4x4", r.valid, decimals: 0))
        out.append(Grid.render("same (zero padding 1): 6x6, the border sees zeros", r.same, decimals: 0))
        out.append(Grid.render("stride 2: 2x2", r.stride2, decimals: 0))
        out.append(style.wrap("The large negative outputs mark the edge: left minus right brightness. Away from it, in flat regions, the kernel's weights cancel and the output is small."))

        out.append(style.heading("3. 2x2 max pooling of the valid output"))
        out.append(Grid.render("pooled", r.pooled, decimals: 0))
        out.append(style.wrap("Each output keeps the largest of four values: the map halves per side, and a feature moved by one pixel often gives the same result."))

        out.append(style.heading("4. Receptive field"))
        out.append(style.wrap("Two stacked 3x3 convolutions (stride 1): one output of the second sees 3 outputs of the first per side, and those see \(r.receptiveField) input pixels: r = 1 + sum of (k - 1) x (product of earlier strides) = \(r.receptiveField). Stacking small kernels grows the field with fewer weights than one large kernel (2 x 9 = 18 against 25)."))
        return finish(out, style)
    }
}

/// Joins the lines, ASCII-only when the style says so.
func finish(_ lines: [String], _ style: TextStyle) -> String {
    lines.map { style.unicode ? $0 : BackpropText.asciiOnly($0) }.joined(separator: "\n") + "\n"
}
