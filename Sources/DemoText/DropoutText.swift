import Demos

/// `demo dropout` for people: the four steps as tables.
public enum DropoutText {
    public static func render(_ r: DropoutReport, _ style: TextStyle) -> String {
        let units = r.input.indices.map { "u\($0 + 1)" }
        var out: [String] = []
        out.append(style.bold("Inverted dropout with p = \(number(r.p)) on one layer's activations (seed \(r.seed))"))
        out.append(style.wrap("The layer: 4 inputs ~ N(0,1) -> Linear(4->8, Xavier, bias 0) -> sigmoid. Its 8 activations a:"))
        out.append(TextTable(headers: [""] + units, rows: [["a"] + r.input.map { Formatting.fixed($0, 4) }]).render(style))

        out.append(style.heading("1. Training mode: each pass samples a new mask"))
        out.append(style.wrap("Each unit is kept with probability 1-p = \(number(r.keepProbability)); kept units are scaled by 1/(1-p) = \(number(r.scale)), dropped ones are 0. Output = a * mask / (1-p)."))
        var maskRows: [[String]] = []
        for (k, m) in r.masks.enumerated() {
            maskRows.append(["mask \(k + 1)"] + m.keep.map { $0 == 1 ? "1" : "0" })
            maskRows.append(["output \(k + 1)"] + m.output.map { Formatting.fixed($0, 4) })
        }
        out.append(TextTable(headers: [""] + units, rows: maskRows).render(style))

        out.append(style.heading("2. Evaluation mode: dropout does nothing"))
        out.append(TextTable(headers: [""] + units, rows: [["eval"] + r.evalOutput.map { Formatting.fixed($0, 4) }]).render(style))
        out.append(style.wrap("No mask and no scaling: the network uses every unit, and the 1/(1-p) in training already made each unit's expected training output equal to this."))

        out.append(style.heading("3. The mean over many training passes converges to the eval output"))
        let empiricalRows = [
            ["eval output"] + r.evalOutput.map { Formatting.fixed($0, 4) },
            ["mean of \(r.samples)"] + r.empiricalMean.map { Formatting.fixed($0, 4) },
            ["std. error"] + r.standardError.map { Formatting.fixed($0, 4) },
            ["expected s.e."] + r.expectedStandardError.map { Formatting.fixed($0, 4) },
            ["(mean-eval)/se"] + r.zScores.map { Formatting.fixed($0, 2) },
        ]
        out.append(TextTable(headers: [""] + units, rows: empiricalRows).render(style))
        out.append(style.wrap("Standard error = sample standard deviation / sqrt(\(r.samples)); expected = a * sqrt(p/(1-p)) / sqrt(\(r.samples)). Differences of a couple of standard errors are chance; the error shrinks like 1/sqrt(samples):"))
        out.append(TextTable(headers: ["samples", "max |mean - eval|"], rows: r.convergence.map { [String($0.samples), Formatting.fixed($0.maxAbsError, 5)] }).render(style))
        let survivors = r.expectedKeptSamples
        if survivors < 1000 {
            out.append(style.wrap("With p = \(number(r.p)) a unit survives in only about \(Int(survivors.rounded())) of the \(r.samples) passes, so its mean rests on few values and the normal approximation behind the standard error is rough: expect some large ratios."))
        }
        out.append(style.wrap("Fraction of units dropped over all \(r.samples) passes: \(Formatting.fixed(r.droppedFraction, 4)) (p = \(number(r.p)))."))

        out.append(style.heading("4. The classic convention is the same in expectation"))
        out.append(style.wrap("Classic dropout (the 2012 paper) does not scale in training: output = a * mask, whose mean is (1-p) * a. So at inference it multiplies by (1-p). The same masks as in step 3:"))
        let classicRows = [
            ["train mean"] + r.classicTrainingMean.map { Formatting.fixed($0, 4) },
            ["inference"] + r.classicInferenceOutput.map { Formatting.fixed($0, 4) },
        ]
        out.append(TextTable(headers: [""] + units, rows: classicRows).render(style))
        out.append(style.wrap("Both conventions keep training and inference consistent; they differ by the constant factor 1-p. Inverted dropout puts the factor in training, so the deployed network needs no change."))
        return out.joined(separator: "\n") + "\n"
    }

    static func number(_ x: Double) -> String {
        let text = Formatting.fixed(x, 4)
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return String(trimmed)
    }
}
