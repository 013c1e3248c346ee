import Demos
import TinyTensor

/// `demo backprop` for people: each step of the computation, with the numbers.
public enum BackpropText {
    static let rowNames = ["(0,0)", "(0,1)", "(1,0)", "(1,1)"]

    public static func render(_ r: BackpropReport, _ style: TextStyle) -> String {
        let d = r.demo
        let act = d.activation.rawValue
        let hiddenNames = (1...d.hidden).map { "h\($0)" }
        var out: [String] = []
        out.append(style.bold(style.wrap("XOR with a 2-\(d.hidden)-1 MLP: \(act) hidden layer, sigmoid output, mean binary cross-entropy (seed \(d.seed))", indent: "")))
        out.append(style.wrap("Inputs X: rows (0,0), (0,1), (1,0), (1,1); targets y = 0, 1, 1, 0. Numbers are rounded; --json has them in full.", indent: ""))

        out.append(style.heading("1. Initial parameters"))
        let w1Init = d.activation == .relu ? "He normal N(0, 2/2)" : "Xavier uniform U(±√(6/(2+\(d.hidden))))"
        out.append(style.wrap("W1 [2,\(d.hidden)] by \(w1Init); W2 [\(d.hidden),1] by Xavier uniform U(±√(6/(\(d.hidden)+1))); b1 = \(d.activation == .relu ? "0.01 (ReLU: off the kink at 0)" : "0"); b2 = 0."))
        out.append(matrix("W1", r.initialParameters.w1, rowNames: ["x1", "x2"], columns: hiddenNames, decimals: 4, style))
        out.append(vector("b1", r.initialParameters.b1, decimals: 4, style))
        out.append(vector("W2ᵀ", r.initialParameters.w2.map { $0[0] }, decimals: 4, ascii: "W2^T", style))
        out.append(vector("b2", r.initialParameters.b2, decimals: 4, style))

        out.append(style.heading("2. Forward pass"))
        out.append(matrix("z1 = X·W1 + b1", r.forward.z1, rowNames: rowNames, columns: hiddenNames, decimals: 4, style))
        out.append(matrix("h = \(act)(z1)", r.forward.hidden, rowNames: rowNames, columns: hiddenNames, decimals: 4, style))
        var lossRows: [[String]] = []
        for i in 0..<4 {
            lossRows.append([
                rowNames[i], Formatting.fixed(r.forward.z2[i], 4), Formatting.fixed(r.forward.output[i], 4),
                Formatting.fixed(BackpropDemo.targets[i], 0), Formatting.fixed(r.forward.rowLosses[i], 4),
            ])
        }
        out.append(style.wrap(ascii("z2 = h·W2 + b2, out = σ(z2) = 1/(1+e^(−z2)), and each row's loss −[y·ln(out) + (1−y)·ln(1−out)]:", style)))
        out.append(TextTable(headers: ["input", "z2", "out", "y", "row loss"], rows: lossRows).render(style))
        out.append("  loss = mean of the row losses = " + style.bold(Formatting.fixed(r.initialLoss, 6)))

        out.append(style.heading("3. Backward pass: the chain rule, from the loss back to W1"))
        var outRows: [[String]] = []
        for i in 0..<4 {
            outRows.append([rowNames[i], Formatting.fixed(r.backward.dLossDOutput[i], 5), Formatting.fixed(r.backward.dOutputDZ2[i], 5), Formatting.fixed(r.backward.dLossDZ2[i], 5)])
        }
        out.append(ascii("  dL/dout = (out − y) / (out(1 − out)) / 4      (1/4: the mean over 4 rows)", style))
        out.append(ascii("  dout/dz2 = σ′(z2) = out(1 − out)", style))
        out.append(ascii("  dL/dz2 = dL/dout × dout/dz2 = (out − y)/4      (the sigmoid's factor cancels)", style))
        out.append(TextTable(headers: ["input", "dL/dout", "dout/dz2", "dL/dz2"], rows: outRows).render(style))
        out.append(vector(ascii("dL/dW2ᵀ = (hᵀ·dL/dz2)ᵀ", style), r.backward.gradients.w2.map { $0[0] }, decimals: 5, style))
        out.append(vector("dL/db2 = Σ dL/dz2", r.backward.gradients.b2, decimals: 5, style))
        out.append(matrix(ascii("dL/dh = dL/dz2·W2ᵀ", style), r.backward.dLossDHidden, rowNames: rowNames, columns: hiddenNames, decimals: 5, style))
        out.append(matrix("dh/dz1 = \(act)′(z1) = \(derivativeFormula(d.activation))", r.backward.dHiddenDZ1, rowNames: rowNames, columns: hiddenNames, decimals: 5, style))
        out.append(matrix(ascii("dL/dz1 = dL/dh × dh/dz1 (elementwise)", style), r.backward.dLossDZ1, rowNames: rowNames, columns: hiddenNames, decimals: 5, style))
        out.append(matrix(ascii("dL/dW1 = Xᵀ·dL/dz1", style), r.backward.gradients.w1, rowNames: ["x1", "x2"], columns: hiddenNames, decimals: 5, style))
        out.append(vector("dL/db1 = Σ over rows of dL/dz1", r.backward.gradients.b1, decimals: 5, style))

        out.append(style.heading("4. Gradient check: autodiff against finite differences"))
        out.append(style.wrap("Numeric: the five-point central difference [f(θ−2h) − 8f(θ−h) + 8f(θ+h) − f(θ+2h)] / 12h, with h = 1e-3·max(1,|θ|). Relative error = |autodiff − numeric| / max(|autodiff|, |numeric|, 1e-6)."))
        let names = parameterNames(d.hidden)
        let analytic = r.backward.gradients.flattened, numeric = r.numericGradients.flattened
        let checkRows = names.indices.map { k in
            [names[k], Formatting.fixed(analytic[k], 8), Formatting.fixed(numeric[k], 8),
             Formatting.sci(r.gradientCheckRelErrors[k], 2)]
        }
        out.append(TextTable(headers: ["parameter", "autodiff", "numeric", "rel. error"], rows: checkRows).render(style))
        let passed = r.gradientCheckPassed
        out.append(style.wrap("max relative error: \(Formatting.sci(r.gradientCheckMaxRelError, 2)) " + (passed ? style.check + " (≤ 1e-6)" : style.cross + " (> 1e-6: a point sits near a kink of ReLU, where the derivative jumps)")))

        out.append(style.heading("5. Training: gradient descent, lr \(typedNumber(d.learningRate)), \(d.steps) full-batch step\(d.steps == 1 ? "" : "s")"))
        let curve = r.lossCurve.enumerated().map { (x: Double($0.offset), y: $0.element) } + [(x: Double(r.lossCurve.count), y: r.finalLoss)]
        let plot = TextPlot(
            series: [.init(name: "loss", points: downsample(curve, to: 400), marker: "*", color: 36)],
            height: 10, logY: curve.allSatisfy { $0.y > 0 }, xLabel: "step")
        out.append(plot.render(style))
        let marks = [0, 1, 10, 100, 1000, 10000].filter { $0 < r.lossCurve.count }
        var stepRows = marks.map { ["step \($0)", Formatting.fixed(r.lossCurve[$0], 6)] }
        stepRows.append(["after step \(d.steps)", Formatting.fixed(r.finalLoss, 6)])
        out.append(TextTable(headers: ["", "loss"], rows: stepRows).render(style))

        out.append(style.heading("6. Final truth table"))
        let truth = r.finalPredictions.enumerated().map { i, p in
            [rowNames[i], Formatting.fixed(p.target, 0), Formatting.fixed(p.output, 4), p.correct ? "yes" : (p.undecided ? "undecided" : "NO")]
        }
        out.append(TextTable(headers: ["input", "target", "output", "correct?"], rows: truth).render(style))
        out.append(style.wrap("Output above 0.5 means 1, below means 0; within 0.01 of 0.5 (|out - 0.5| < 0.01) it is undecided, and counts as not correct."))
        if let diagnosis = r.diagnosis {
            out.append("")
            out.append(style.wrap("Did not converge. " + BackpropDiagnosisText.sentence(diagnosis)).replacing("Did not converge.", with: style.color("Did not converge.", 33)))
        } else {
            out.append("")
            out.append("  Converged: all four right." + (style.unicode ? " " + style.check : ""))
        }
        return out.map { style.unicode ? $0 : asciiOnly($0) }.joined(separator: "\n") + "\n"
    }

    static func derivativeFormula(_ a: Activation) -> String {
        switch a {
        case .tanh: return "1 − h²"
        case .sigmoid: return "h(1 − h)"
        case .relu: return "1 if z1 > 0, else 0"
        case .leakyRelu: return "1 if z1 > 0, else 0.01"
        }
    }

    static func parameterNames(_ hidden: Int) -> [String] {
        (0..<2).flatMap { i in (0..<hidden).map { "W1[\(i),\($0)]" } }
            + (0..<hidden).map { "b1[\($0)]" } + (0..<hidden).map { "W2[\($0),0]" } + ["b2[0]"]
    }

    /// A named matrix as a table; columns that do not fit the width go into further tables below.
    static func matrix(_ name: String, _ rows: [[Double]], rowNames: [String], columns: [String], decimals: Int, _ style: TextStyle) -> String {
        let cells = rows.map { $0.map { Formatting.fixed($0, decimals) } }
        let cellWidth = (cells.flatMap { $0 } + columns).map(\.count).max() ?? 1
        let nameWidth = rowNames.map(\.count).max() ?? 0
        let perTable = Swift.max(1, (style.width - 4 - nameWidth) / (cellWidth + 2))
        let tables = stride(from: 0, to: columns.count, by: perTable).map { start in
            let range = start..<Swift.min(columns.count, start + perTable)
            return TextTable(headers: [""] + columns[range], rows: cells.enumerated().map { i, row in [rowNames[i]] + row[range] }).render(style, indent: "    ")
        }
        return "  \(name):\n" + tables.joined(separator: "\n")
    }

    /// `name = [v1, v2, ...]`, wrapped after a comma (never inside a number) to the width, with
    /// the continuation lines under the first value.
    static func vector(_ name: String, _ values: [Double], decimals: Int, ascii: String? = nil, _ style: TextStyle? = nil) -> String {
        let shown = (style.map { $0.unicode } ?? true) ? name : (ascii ?? name)
        return Grid.wrappedVector("  \(shown) = ", values.map { Formatting.fixed($0, decimals) }, width: style?.width ?? 80)
    }

    static func ascii(_ text: String, _ style: TextStyle) -> String { style.unicode ? text : asciiOnly(text) }

    /// Replaces the few non-ASCII symbols the text uses by ASCII spellings.
    static func asciiOnly(_ text: String) -> String {
        let map: [Character: String] = [
            "·": "*", "×": "*", "−": "-", "σ": "sigma", "′": "'", "ᵀ": "^T", "Σ": "sum", "√": "sqrt", "±": "+-",
            "≤": "<=", "≥": ">=", "²": "^2", "θ": "t", "…": "...", "→": "->", "⊙": "*", "≈": "~", "₁": "1", "‖": "|", "∂": "d",
        ]
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var out = ""
        for c in text { out += map[c] ?? (c.isASCII ? String(c) : "?") }
        return out
    }

    /// At most `count` points of a long curve, evenly spaced, keeping the first and last.
    static func downsample(_ points: [(x: Double, y: Double)], to count: Int) -> [(x: Double, y: Double)] {
        guard points.count > count else { return points }
        return (0..<count).map { points[$0 * (points.count - 1) / (count - 1)] }
    }
}

/// A learning rate as typed (0.5, not 0.50000).
private func typedNumber(_ x: Double) -> String { x == x.rounded() && Swift.abs(x) < 1e15 ? String(Int(x)) : "\(x)" }
