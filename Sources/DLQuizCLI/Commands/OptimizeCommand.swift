import Platform
#if canImport(Glibc)
import Glibc
#endif
import JSONKit
import Scheduler

/// `dlquiz optimize`: fit FSRS-6's parameters to the review log (as Anki's Optimize, via the
/// Scheduler library's port of fsrs-rs), evaluate parameters (as Anki's Evaluate), save or reset
/// the fitted set, and chart workload against desired retention.
enum OptimizeCommand: Command {
    static let spec = CommandSpec(
        name: "optimize", summary: "Fit FSRS-6's 21 parameters to your review history (as Anki's Optimize); --evaluate scores them.",
        usage: "dlquiz optimize [--log FILE] [--json] [--save] [--reset] [--evaluate] [--retention-curve] [--params w0,...,w20] [--day-start H]",
        flags: [
            ("--json", "One JSON object: parameters, reviews, cards, log_loss, rmse_bins, default {log_loss, rmse_bins}, seconds."),
            ("--save", "Save the fitted parameters to $DLQUIZ_HOME/parameters.json; study, stats and schedule then use them."),
            ("--reset", "Remove the saved parameters (back to FSRS-6's defaults)."),
            ("--evaluate", "Only score the current parameters (given, saved or default) and the defaults on the log."),
            ("--retention-curve", "Also simulate reviews per day against desired retention 70-97% and chart it."),
        ],
        options: [
            ("--log", "The review log (default: $DLQUIZ_HOME/reviews.jsonl)."),
            ("--params", "The parameters to evaluate or compare with (default: saved, else FSRS-6's)."),
            ("--day-start", "Hour the study day begins, local time (default 4): elapsed time counts in study days."),
            ("--now", "The time to save at, ISO 8601 (default: now, or DLQUIZ_NOW)."),
        ],
        discussion: """
            Follows fsrs-rs, the optimizer Anki uses: one prediction per review made on a later study day than the
            card's previous one, initial stabilities pre-trained, Adam for 5 epochs with recency weights and a pull
            toward the starting values; with too little data it keeps the defaults or fits w0-w3 only, and says so.
            Log loss and RMSE(bins) are computed as Anki's Evaluate does (lower is better).
            Example: dlquiz optimize --save && dlquiz optimize --evaluate
            """)

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        try args.expectPositionals(0, "")
        let savedPath = ctx.homePath + "/" + SavedParameters.fileName
        if args.flag("--reset") {
            guard !args.flag("--save") && !args.flag("--evaluate") else { throw .usage("--reset cannot be combined with --save or --evaluate") }
            let existed = FileSystem.fileExists(atPath: savedPath)
            if existed && unlink(savedPath) != 0 {
                throw .failure("cannot remove \(savedPath): \(String(cString: strerror(errno)))")
            }
            if args.flag("--json") {
                try ctx.console.line(JSON.object(JSONObject([("removed", .bool(existed)), ("path", .string(savedPath))])).compact)
            } else {
                try ctx.console.line(existed ? "Removed \(savedPath): study, stats and schedule use FSRS-6's default parameters again." : "No saved parameters (\(savedPath)); nothing to remove.")
            }
            return 0
        }
        let clock = try ReviewLogAccess.clock(args)
        let path: String
        if let given = args.option("--log") {
            guard FileSystem.fileExists(atPath: given) else { throw .failure("cannot read \(given): no such file") }
            path = given
        } else {
            path = try ReviewLogAccess.path(ctx)
        }
        let set = TrainingSet(log: try ReviewLogAccess.read(path, ctx), clock: clock)
        guard set.reviewCount > 0 else {
            throw .failure("no reviews in \(path): study some cards first (dlquiz study), then optimize")
        }
        guard !set.items.isEmpty else {
            throw .failure("\(set.reviewCount) review\(set.reviewCount == 1 ? "" : "s") of \(set.cardCount) card\(set.cardCount == 1 ? "" : "s") in \(path), none on a later study day than the card's previous review: nothing to predict yet; come back after reviewing on another day")
        }
        let saved = try SchedulerOptions.savedParameters(ctx)
        var current = saved?.parameters.weights ?? FSRSParameters.defaultWeights
        var currentName = saved == nil ? "default" : "saved"
        if let text = args.option("--params") {
            do { current = try FSRSParameters(parsing: text).weights } catch { throw .usage("--params: \(error.description)") }
            currentName = "given"
        }
        let defaults = FSRSParameters.defaultWeights
        let defaultScore = ModelEvaluation.evaluate(set, parameters: defaults)!
        if args.flag("--evaluate") {
            let score = ModelEvaluation.evaluate(set, parameters: current)!
            if args.flag("--json") {
                var o = report(current, set, score, defaultScore)
                o["source"] = .string(currentName)
                try ctx.console.line(JSON.object(o).compact)
            } else {
                var out = "Evaluated on \(counts(set)) of \(path).\n"
                out += "              log loss  RMSE(bins)   (lower is better)\n"
                out += "  " + currentName.rightPadded(10) + fixed(score.logLoss, 4).leftPadded(10) + fixed(score.rmseBins, 4).leftPadded(12) + "\n"
                if currentName != "default" {
                    out += "  " + "default".rightPadded(10) + fixed(defaultScore.logLoss, 4).leftPadded(10) + fixed(defaultScore.rmseBins, 4).leftPadded(12) + "\n"
                }
                try ctx.console.out(out)
            }
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
        if args.flag("--save") {
            if fit.outcome == .defaults {
                savedNote = "Nothing saved: too little data, the defaults stay."
            } else if currentName == "saved", before.logLoss < score.logLoss {
                savedNote = "Kept the saved parameters: they predict this log better (log loss \(fixed(before.logLoss, 4)) < \(fixed(score.logLoss, 4)))."
            } else {
                let now = try ctx.now(args)
                do throws(SchedulerError) {
                    let record = SavedParameters(
                        parameters: try FSRSParameters(fitted), reviews: set.reviewCount, cards: set.cardCount,
                        logLoss: score.logLoss, rmseBins: score.rmseBins, savedAt: now)
                    try record.save(path: savedPath)
                } catch {
                    throw .failure(error.description)
                }
                savedFile = true
                savedNote = "Saved to \(savedPath): study, stats and schedule use these parameters now (dlquiz optimize --reset undoes it)."
            }
        }
        let curve = args.flag("--retention-curve") ? RetentionCurve.simulate(parameters: fitted) : nil
        if args.flag("--json") {
            var o = report(fitted, set, score, defaultScore)
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
        var out = "Optimized FSRS-6 on \(counts(set)) of \(path) in \(fixed(seconds, 2)) s:\n"
        out += fit.outcome.explanation(items: fit.items, total: set.items.count) + ".\n\n"
        out += "        " + currentName.leftPadded(9) + "   fitted\n"
        for i in 0..<21 {
            let changed = abs(fitted[i] - current[i]) >= 0.00005
            out += "  " + "w\(i)".rightPadded(4) + fixed(current[i], 4).leftPadded(11) + fixed(fitted[i], 4).leftPadded(9) + (changed ? "" : "  =") + "\n"
        }
        out += "\n              log loss  RMSE(bins)   (lower is better)\n"
        out += "  " + currentName.rightPadded(10) + fixed(before.logLoss, 4).leftPadded(10) + fixed(before.rmseBins, 4).leftPadded(12) + "\n"
        if currentName != "default" {
            out += "  " + "default".rightPadded(10) + fixed(defaultScore.logLoss, 4).leftPadded(10) + fixed(defaultScore.rmseBins, 4).leftPadded(12) + "\n"
        }
        out += "  " + "fitted".rightPadded(10) + fixed(score.logLoss, 4).leftPadded(10) + fixed(score.rmseBins, 4).leftPadded(12) + "\n"
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
