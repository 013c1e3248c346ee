#if canImport(Glibc)
import Glibc
#endif
import ReviewLog
import Scheduler

/// The FSRS settings shared by `schedule`, `study` and `stats`.
enum SchedulerOptions {
    static let flags: [(name: String, help: String)] = [
        ("--no-fuzz", "Do not fuzz review intervals (fuzz is deterministic from the card and the review)."),
    ]
    static let options: [(name: String, help: String)] = [
        ("--learning-steps", "Learning steps, e.g. 1m,10m (default); \"\" for none. Units s, m, h, d."),
        ("--relearning-steps", "Relearning steps, e.g. 10m (default); \"\" for none."),
        ("--retention", "Desired retention, default 0.9."),
        ("--max-interval", "Longest interval in days, default 36500."),
        ("--params", "The 21 FSRS-6 weights w0,...,w20 (default: FSRS-6 defaults)."),
    ]

    static func fsrs(_ args: Arguments) throws(CLIError) -> FSRS {
        let retention = try args.double("--retention") ?? 0.9
        let learning = try steps(args.option("--learning-steps") ?? "1m,10m", "--learning-steps")
        let relearning = try steps(args.option("--relearning-steps") ?? "10m", "--relearning-steps")
        let maximum = try args.int("--max-interval") ?? 36500
        do throws(SchedulerError) {
            var parameters = FSRSParameters.default
            if let text = args.option("--params") { parameters = try FSRSParameters(parsing: text) }
            return try FSRS(
                parameters: parameters, desiredRetention: retention, learningSteps: learning,
                relearningSteps: relearning, maximumInterval: maximum, fuzz: !args.flag("--no-fuzz"))
        } catch {
            throw .usage(error.description)
        }
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
