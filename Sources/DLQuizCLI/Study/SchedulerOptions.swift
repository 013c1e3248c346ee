#if canImport(Glibc)
import Glibc
#endif
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
        ("--params", "The 21 FSRS-6 weights w0,...,w20 (default: those saved by optimize --save, else FSRS-6's)."),
    ]

    static func fsrs(_ args: Arguments, _ ctx: Context) throws(CLIError) -> FSRS {
        let retention = try args.double("--retention") ?? 0.9
        let learning = try steps(args.option("--learning-steps") ?? "1m,10m", "--learning-steps")
        let relearning = try steps(args.option("--relearning-steps") ?? "10m", "--relearning-steps")
        let maximum = try args.int("--max-interval") ?? 36500
        let saved = args.option("--params") == nil ? try savedParameters(ctx)?.parameters : nil
        do throws(SchedulerError) {
            var parameters = saved ?? FSRSParameters.default
            if let text = args.option("--params") { parameters = try FSRSParameters(parsing: text) }
            return try FSRS(
                parameters: parameters, desiredRetention: retention, learningSteps: learning,
                relearningSteps: relearning, maximumInterval: maximum, fuzz: !args.flag("--no-fuzz"))
        } catch {
            throw .usage(error.description)
        }
    }

    /// `$DLQUIZ_HOME/parameters.json` (written by `dlquiz optimize --save`), if there is one.
    static func savedParameters(_ ctx: Context) throws(CLIError) -> SavedParameters? {
        do {
            return try SavedParameters.load(path: ctx.homePath + "/" + SavedParameters.fileName)
        } catch {
            throw .failure(error.description)
        }
    }

    /// "1m,10m" -> microseconds; a bare number means minutes.
    static func steps(_ text: String, _ name: String) throws(CLIError) -> [Int64] {
        var out: [Int64] = []
        for piece in text.split(separator: ",") {
            let p = piece.trimmedSpaces
            if p.isEmpty { continue }
            var unit: Double = 60
            var number = Substring(p)
            switch p.last {
            case "s": unit = 1; number = number.dropLast()
            case "m": unit = 60; number = number.dropLast()
            case "h": unit = 3600; number = number.dropLast()
            case "d": unit = 86400; number = number.dropLast()
            default: break
            }
            guard let v = Double(number), v > 0, v.isFinite else {
                throw .usage("\(name): cannot read step '\(p)' (use e.g. 30s, 1m, 10m, 1h, 1d)")
            }
            out.append(Int64((v * unit * 1_000_000).rounded()))
        }
        return out
    }
}
