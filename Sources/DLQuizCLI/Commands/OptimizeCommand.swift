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
        var parsed: ParsedLog
        if let log {
            guard FileSystem.fileExists(atPath: log) else { throw .failure("cannot read \(log): no such file") }
            path = log
            parsed = try ReviewLogAccess.read(path, ctx)
        } else {
            // The user's own log: fit the histories study and stats replay, reviews under a
            // retired card id counting for the card it was merged into.
            path = try ReviewLogAccess.path(ctx)
            parsed = try ReviewLogAccess.read(path, ctx)
            parsed = parsed.renamingCards(try ctx.deck().aliases)
        }
        let set = TrainingSet(log: parsed, clock: clock.dayClock)
        guard set.reviewCount > 0 else {
            throw .failure("no reviews in \(path): study some cards first (dlquiz study), then optimize")
        }
        guard !set.items.isEmpty else {
            throw .failure("\(set.reviewCount) review\(set.reviewCount == 1 ? "" : "s") of \(set.cardCount) card\(set.cardCount == 1 ? "" : "s") in \(path), none on a later study day than the card's previous review: nothing to predict yet; come back after reviewing on another day")
        }
        let saved = try SavedParametersFile.load(ctx)
        let given = try givenWeights()
        let current = given ?? saved?.parameters.weights ?? FSRSParameters.defaultWeights
        let currentName = given != nil ? "given" : saved != nil ? "saved" : "default"
        var report = OptimizationReport(set: set, source: path, current: current, currentName: currentName)!
        if !evaluate {
            let start = SessionClock.monotonicMicros()
            let fit = FSRSOptimizer().fit(set)
            let seconds = Double(SessionClock.monotonicMicros() - start) / 1e6
            report.add(fit, seconds: seconds, set: set, retentionCurve: retentionCurve)
            if save { report.saved = try saveFit(report, ctx) }
        }
        if json {
            try ctx.console.line(JSON.object(report.json).compact)
        } else {
            try ctx.console.out(OptimizationReportText.render(report))
        }
        return 0
    }

    /// `--save`: writes the fitted parameters unless the report says not to; what happened.
    func saveFit(_ report: OptimizationReport, _ ctx: Context) throws(CLIError) -> OptimizationReport.SaveResult {
        if let reason = report.reasonNotToSave { return reason }
        guard let fit = report.fit else { return .tooLittleData }
        let parameters: FSRSParameters
        do throws(SchedulerError) {
            parameters = try FSRSParameters(fit.parameters)
        } catch {
            throw .failure("the fit gave invalid parameters, nothing saved: \(error.description)")
        }
        let record = SavedParameters(
            parameters: parameters, reviews: report.reviews, cards: report.cards,
            logLoss: fit.score.logLoss, rmseBins: fit.score.rmseBins, savedAt: try ctx.now(clock.now))
        try SavedParametersFile.save(record, ctx)
        return .saved(path: SavedParametersFile.path(ctx))
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
}
