/// `dlquiz optimize`'s text output for people, from an `OptimizationReport`: the heading, the
/// current and fitted parameters side by side (unchanged ones marked "="), log loss and
/// RMSE(bins) before and after, the next intervals of a sample card before and after, the
/// workload chart, and what saving did or how to save. Pure string building, so tests read it.
public enum OptimizationReportText {
    public static func render(_ r: OptimizationReport) -> String {
        guard let fit = r.fit else { return evaluation(r) }
        var out = "Optimized FSRS-6 on \(counts(r)) of \(r.source) in \(fixed(fit.seconds, 2)) s:\n"
        out += fit.outcome.explanation(items: fit.items, total: r.predicted) + ".\n\n"
        out += "        " + left(r.currentName, 9) + "   fitted\n"
        for i in 0..<21 {
            let changed = abs(fit.parameters[i] - r.current[i]) >= 0.00005
            out += "  " + right("w\(i)", 4) + left(fixed(r.current[i], 4), 11) + left(fixed(fit.parameters[i], 4), 9)
                + (changed ? "" : "  =") + "\n"
        }
        out += "\n" + scoreHeading
        out += scoreRow(r.currentName, r.currentScore)
        if r.currentName != "default" { out += scoreRow("default", r.defaultScore) }
        out += scoreRow("fitted", fit.score)
        let was = fit.before, now = fit.after
        out += "\nWhat changes for you (days to the next review at 90% retention, \(r.currentName) → fitted):\n"
        out += "  a new card answered Good today            \(days(was.firstGood)) → \(days(now.firstGood))\n"
        out += "  then answered Good again when due         \(days(was.secondGood)) → \(days(now.secondGood))\n"
        out += "  then forgotten when due, relearned        \(days(was.afterLapse)) → \(days(now.afterLapse))\n"
        if let curve = fit.curve {
            let best = curve.points[curve.optimal]
            out += "\nWorkload against desired retention (simulated: 1000 new cards, 10 a day, one year, fitted parameters):\n"
            out += curve.chart()
            out += "  Least time per card remembered at \(Int((best.retention * 100).rounded()))% desired retention (\(fixed(best.secondsPerCardRemembered, 0)) s each).\n"
        }
        switch r.saved {
        case .tooLittleData?:
            out += "\nNothing saved: too little data, the defaults stay.\n"
        case .keptSaved?:
            out += "\nKept the saved parameters: they predict this log better (log loss \(fixed(r.currentScore.logLoss, 4)) < \(fixed(fit.score.logLoss, 4))).\n"
        case .saved(let path)?:
            out += "\nSaved to \(path): study, stats and schedule use these parameters now (dlquiz optimize --reset undoes it).\n"
        case nil:
            if fit.outcome != .defaults { out += "\nTo use them: dlquiz optimize --save\n" }
        }
        return out
    }

    /// `--evaluate`: the current parameters' scores, and the defaults' when they differ.
    static func evaluation(_ r: OptimizationReport) -> String {
        var out = "Evaluated on \(counts(r)) of \(r.source).\n"
        out += scoreHeading
        out += scoreRow(r.currentName, r.currentScore)
        if r.currentName != "default" { out += scoreRow("default", r.defaultScore) }
        return out
    }

    static let scoreHeading = "              log loss  RMSE(bins)   (lower is better)\n"

    /// One row of the metrics table.
    static func scoreRow(_ name: String, _ score: ModelEvaluation) -> String {
        "  " + right(name, 10) + left(fixed(score.logLoss, 4), 10) + left(fixed(score.rmseBins, 4), 12) + "\n"
    }

    static func counts(_ r: OptimizationReport) -> String {
        "\(r.reviews) review\(r.reviews == 1 ? "" : "s") of \(r.cards) card\(r.cards == 1 ? "" : "s") (\(r.predicted) predicted)"
    }

    static func days(_ n: Int) -> String { "\(n) day\(n == 1 ? "" : "s")" }

    /// `s` padded on the left (right-aligned) to `width`.
    static func left(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }

    /// `s` padded on the right (left-aligned) to `width`.
    static func right(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    /// `x` with `places` decimals.
    public static func fixed(_ x: Double, _ places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let v = (x * scale).rounded()
        let negative = v < 0
        var digits = String(Int64(abs(v)))
        if places > 0 {
            while digits.count <= places { digits = "0" + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (negative ? "-" : "") + digits
    }
}
