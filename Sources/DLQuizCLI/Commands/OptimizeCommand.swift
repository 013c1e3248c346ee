import Platform
import JSONKit
import ReviewLog
import Scheduler

/// `dlquiz optimize`: fit FSRS-6's parameters to the review log (as Anki's Optimize, via the
/// Scheduler library's port of fsrs-rs), evaluate parameters (as Anki's Evaluate), save or reset
/// the fitted set, and chart workload against desired retention.
struct OptimizeCommand: Command {
    static let name = "optimize"
    static let summary = "Fit FSRS-6's 21 parameters to your review history (as Anki's Optimize); --evaluate scores them."
    static let discussion = """
        Follows fsrs-rs, the optimizer Anki uses: one prediction per review made on a later study day than the
        card's previous one, initial stabilities pre-trained, Adam for 5 epochs with recency weights and a pull
        toward the starting values; with too little data it keeps the defaults or fits w0-w3 only, and says so.
        Log loss and RMSE(bins) are computed as Anki's Evaluate does (lower is better).
        JSON fields: parameters, reviews, cards, log_loss, rmse_bins, default {log_loss, rmse_bins}, seconds,
        outcome, saved (retention_curve and optimal_retention with --retention-curve; source with --evaluate).
        Example: dlquiz optimize --save && dlquiz optimize --evaluate
        """

    var log: String? = nil
    var json = false
    var save = false
    var reset = false
    var evaluate = false
    var retentionCurve = false
    var params: String? = nil
    var clock = ClockOptions()

    static let arguments: [Argument<OptimizeCommand>] = [
        .option(\.log, "--log", "FILE", kind: .file, help: "The review log (default: $DLQUIZ_HOME/reviews.jsonl)."),
        .flag(\.json, "--json", help: "One JSON object (fields below)."),
        .flag(\.save, "--save", help: "Save the fitted parameters to $DLQUIZ_HOME/parameters.json; study, stats and schedule then use them."),
        .flag(\.reset, "--reset", help: "Remove the saved parameters (back to FSRS-6's defaults)."),
        .flag(\.evaluate, "--evaluate", help: "Only score the current parameters (given, saved or default) and the defaults on the log."),
        .flag(\.retentionCurve, "--retention-curve", help: "Also simulate reviews per day against desired retention 70-97% and chart it."),
        .option(\.params, "--params", "W", help: "The 21 weights w0,...,w20 to evaluate or compare with (default: saved, else FSRS-6's)."),
    ] + ClockOptions.arguments.map { $0.lifted(\.clock) }

    func validate() throws(CLIError) {
        if reset, save || evaluate || retentionCurve || params != nil || log != nil {
            throw .usage("--reset cannot be combined with --save, --evaluate, --retention-curve, --params or --log")
        }
        if evaluate, save || retentionCurve {
            throw .usage("--evaluate only scores parameters: it cannot be combined with --save or --retention-curve")
        }
        try clock.validate()
        _ = try givenWeights()
    }

    /// The weights of `--params`, checked against FSRS-6's bounds; nil when not given.
    func givenWeights() throws(CLIError) -> [Double]? {
        guard let params else { return nil }
        do throws(SchedulerError) {
            return try FSRSParameters(parsing: params).weights
        } catch {
            throw .usage("--params: \(error.description)")
        }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        if reset { return try resetSaved(ctx) }
        let path: String
        if let log {
            guard FileSystem.fileExists(atPath: log) else { throw .failure("cannot read \(log): no such file") }
            path = log
        } else {
            path = try ReviewLogAccess.path(ctx)
        }
        let set = TrainingSet(log: try ReviewLogAccess.read(path, ctx), clock: clock.dayClock)
        guard set.reviewCount > 0 else {
            throw .failure("no reviews in \(path): study some cards first (dlquiz study), then optimize")
        }
        guard !set.items.isEmpty else {
            throw .failure("\(set.reviewCount) review\(set.reviewCount == 1 ? "" : "s") of \(set.cardCount) card\(set.cardCount == 1 ? "" : "s") in \(path), none on a later study day than the card's previous review: nothing to predict yet; come back after reviewing on another day")
        }
        let saved = try SavedParametersFile.load(ctx)
        var current = saved?.parameters.weights ?? FSRSParameters.defaultWeights
        var currentName = saved == nil ? "default" : "saved"
        if let given = try givenWeights() {
            current = given
            currentName = "given"
        }
        let defaultScore = ModelEvaluation.evaluate(set, parameters: FSRSParameters.defaultWeights)!
        if evaluate {
            try printEvaluation(ctx, set, path, current, currentName, defaultScore)
            return 0
        }

        let start = SessionClock.monotonicMicros()
        let fit = FSRSOptimizer().fit(set)
        let seconds = Double(SessionClock.monotonicMicros() - start) / 1e6
        let fitted = ParameterClipper.clip(fit.parameters)
        let score = ModelEvaluation.evaluate(set, parameters: fitted)!
        let before = ModelEvaluation.evaluate(set, parameters: current)!
        var savedNote: String? = nil
        var savedFile = false
        if save {
            if fit.outcome == .defaults {
                savedNote = "Nothing saved: too little data, the defaults stay."
            } else if currentName == "saved", before.logLoss < score.logLoss {
                savedNote = "Kept the saved parameters: they predict this log better (log loss \(Self.fixed(before.logLoss, 4)) < \(Self.fixed(score.logLoss, 4)))."
            } else {
                let parameters: FSRSParameters
                do throws(SchedulerError) {
                    parameters = try FSRSParameters(fitted)
                } catch {
                    throw .failure("the fit gave invalid parameters, nothing saved: \(error.description)")
                }
                let record = SavedParameters(
                    parameters: parameters, reviews: set.reviewCount, cards: set.cardCount,
                    logLoss: score.logLoss, rmseBins: score.rmseBins, savedAt: try ctx.now(clock.now))
                try SavedParametersFile.save(record, ctx)
                savedFile = true
                savedNote = "Saved to \(SavedParametersFile.path(ctx)): study, stats and schedule use these parameters now (dlquiz optimize --reset undoes it)."
            }
        }
        let curve = retentionCurve ? RetentionCurve.simulate(parameters: fitted) : nil
        if json {
            var o = Self.report(fitted, set, score, defaultScore)
            o["seconds"] = .number((seconds * 1e4).rounded() / 1e4)
            o["outcome"] = .string("\(fit.outcome)")
            o["saved"] = .bool(savedFile)
            if let curve {
                o["retention_curve"] = .array(curve.points.map { p in
                    .object(JSONObject([
                        ("retention", .number(p.retention)), ("reviews_per_day", .number(p.reviewsPerDay)),
                        ("seconds_per_card_remembered", .number(p.secondsPerCardRemembered)),
                    ]))
                })
                o["optimal_retention"] = .number(curve.points[curve.optimal].retention)
            }
            try ctx.console.line(JSON.object(o).compact)
            return 0
        }
        let fixed = Self.fixed, days = Self.days
        var out = "Optimized FSRS-6 on \(Self.counts(set)) of \(path) in \(fixed(seconds, 2)) s:\n"
        out += fit.outcome.explanation(items: fit.items, total: set.items.count) + ".\n\n"
        out += "        " + currentName.leftPadded(9) + "   fitted\n"
        for i in 0..<21 {
            let changed = abs(fitted[i] - current[i]) >= 0.00005
            out += "  " + "w\(i)".rightPadded(4) + fixed(current[i], 4).leftPadded(11) + fixed(fitted[i], 4).leftPadded(9) + (changed ? "" : "  =") + "\n"
        }
        out += "\n              log loss  RMSE(bins)   (lower is better)\n"
        out += Self.scoreRow(currentName, before)
        if currentName != "default" { out += Self.scoreRow("default", defaultScore) }
        out += Self.scoreRow("fitted", score)
        let was = IntervalPreview(parameters: current), now = IntervalPreview(parameters: fitted)
        out += "\nWhat changes for you (days to the next review at 90% retention, \(currentName) → fitted):\n"
        out += "  a new card answered Good today            \(days(was.firstGood)) → \(days(now.firstGood))\n"
        out += "  then answered Good again when due         \(days(was.secondGood)) → \(days(now.secondGood))\n"
        out += "  then forgotten when due, relearned        \(days(was.afterLapse)) → \(days(now.afterLapse))\n"
        if let curve {
            let best = curve.points[curve.optimal]
            out += "\nWorkload against desired retention (simulated: 1000 new cards, 10 a day, one year, fitted parameters):\n"
            out += curve.chart()
            out += "  Least time per card remembered at \(Int((best.retention * 100).rounded()))% desired retention (\(fixed(best.secondsPerCardRemembered, 0)) s each).\n"
        }
        if let savedNote { out += "\n" + savedNote + "\n" } else if fit.outcome != .defaults { out += "\nTo use them: dlquiz optimize --save\n" }
        try ctx.console.out(out)
        return 0
    }

    /// `--reset`: removes parameters.json and says whether there was one.
    func resetSaved(_ ctx: Context) throws(CLIError) -> Int32 {
        let path = SavedParametersFile.path(ctx)
        let existed = try SavedParametersFile.remove(ctx)
        if json {
            try ctx.console.line(JSON.object(JSONObject([("removed", .bool(existed)), ("path", .string(path))])).compact)
        } else {
            try ctx.console.line(existed ? "Removed \(path): study, stats and schedule use FSRS-6's default parameters again." : "No saved parameters (\(path)); nothing to remove.")
        }
        return 0
    }

    /// `--evaluate`: the current parameters' scores, and the defaults' when they differ.
    func printEvaluation(
        _ ctx: Context, _ set: TrainingSet, _ path: String, _ current: [Double], _ currentName: String,
        _ defaultScore: ModelEvaluation
    ) throws(CLIError) {
        let score = ModelEvaluation.evaluate(set, parameters: current)!
        if json {
            var o = Self.report(current, set, score, defaultScore)
            o["source"] = .string(currentName)
            try ctx.console.line(JSON.object(o).compact)
            return
        }
        var out = "Evaluated on \(Self.counts(set)) of \(path).\n"
        out += "              log loss  RMSE(bins)   (lower is better)\n"
        out += Self.scoreRow(currentName, score)
        if currentName != "default" { out += Self.scoreRow("default", defaultScore) }
        try ctx.console.out(out)
    }

    /// One row of the metrics table.
    static func scoreRow(_ name: String, _ score: ModelEvaluation) -> String {
        "  " + name.rightPadded(10) + fixed(score.logLoss, 4).leftPadded(10) + fixed(score.rmseBins, 4).leftPadded(12) + "\n"
    }

    static func report(_ w: [Double], _ set: TrainingSet, _ score: ModelEvaluation, _ defaults: ModelEvaluation) -> JSONObject {
        JSONObject([
            ("parameters", .array(w.map { .number($0) })), ("reviews", .number(Double(set.reviewCount))),
            ("cards", .number(Double(set.cardCount))), ("log_loss", .number(score.logLoss)), ("rmse_bins", .number(score.rmseBins)),
            ("default", .object(JSONObject([("log_loss", .number(defaults.logLoss)), ("rmse_bins", .number(defaults.rmseBins))]))),
        ])
    }

    static func counts(_ set: TrainingSet) -> String {
        "\(set.reviewCount) review\(set.reviewCount == 1 ? "" : "s") of \(set.cardCount) card\(set.cardCount == 1 ? "" : "s") (\(set.items.count) predicted)"
    }

    static func days(_ n: Int) -> String { "\(n) day\(n == 1 ? "" : "s")" }

    /// `x` with `places` decimals.
    static func fixed(_ x: Double, _ places: Int) -> String {
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
