#if canImport(Glibc)
import Glibc
#endif
import ReviewLog
import Scheduler

/// The FSRS settings shared by `schedule`, `study` and `stats`.
struct SchedulerOptions {
    var noFuzz = false
    var learningSteps = "1m,10m"
    var relearningSteps = "10m"
    var retention = 0.9
    var maxInterval = 36500
    var params: String? = nil

    static let arguments: [Argument<SchedulerOptions>] = [
        .flag(\.noFuzz, "--no-fuzz", help: "Do not fuzz review intervals (fuzz is deterministic from the card and the review)."),
        .option(\.learningSteps, "--learning-steps", "STEPS", kind: .durations,
                help: "Learning steps, e.g. 1m,10m; \"\" for none. Units s, m, h, d."),
        .option(\.relearningSteps, "--relearning-steps", "STEPS", kind: .durations, help: "Relearning steps; \"\" for none."),
        .option(\.retention, "--retention", "R", help: "Desired retention."),
        .option(\.maxInterval, "--max-interval", "DAYS", help: "Longest interval in days."),
        .option(\.params, "--params", "W", help: "The 21 FSRS-6 weights w0,...,w20 (default: $DLQUIZ_HOME/parameters.json if dlquiz optimize saved it, else FSRS-6's)."),
    ]

    /// The scheduler these options describe, with `saved` (the parameters of `optimize --save`) in
    /// place of FSRS-6's defaults unless `--params` is given. `validate()` calls it without `saved`:
    /// it reads no file, and checks every value.
    func fsrs(saved: FSRSParameters? = nil) throws(CLIError) -> FSRS {
        let learning = try Self.steps(learningSteps, "--learning-steps")
        let relearning = try Self.steps(relearningSteps, "--relearning-steps")
        do throws(SchedulerError) {
            var parameters = saved ?? FSRSParameters.default
            if let params { parameters = try FSRSParameters(parsing: params) }
            return try FSRS(
                parameters: parameters, desiredRetention: retention, learningSteps: learning,
                relearningSteps: relearning, maximumInterval: maxInterval, fuzz: !noFuzz)
        } catch {
            throw .usage(error.description)
        }
    }

    /// The scheduler for `run`: as `fsrs(saved:)`, with `$DLQUIZ_HOME/parameters.json` when there
    /// is one and `--params` is not given.
    func fsrs(_ ctx: Context) throws(CLIError) -> FSRS {
        try fsrs(saved: params == nil ? try SavedParametersFile.load(ctx)?.parameters : nil)
    }

    /// "1m,10m" -> steps; a bare number means minutes.
    static func steps(_ text: String, _ name: String) throws(CLIError) -> [TimeSpan] {
        var out: [TimeSpan] = []
        for piece in text.split(separator: ",") {
            let p = piece.trimmedSpaces
            if p.isEmpty { continue }
            guard let span = TimeSpan(parsing: p), span.micros > 0 else {
                throw .usage("\(name): cannot read step '\(p)' (use e.g. 30s, 1m, 10m, 1h, 1d)")
            }
            out.append(span)
        }
        return out
    }
}
