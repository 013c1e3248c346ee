import Platform
#if canImport(Glibc)
import Glibc
#endif
import JSONKit
import ReviewLog
import Scheduler

/// `dlquiz schedule`: replays a review log and prints each review's outcome, for checking the
/// scheduler against another FSRS implementation.
struct ScheduleCommand: Command {
    static let name = "schedule"
    static let summary = "Replay a review log through FSRS-6 and print the card after each review."
    static let discussion = """
        Lines are printed in file order; undo records, and the reviews they cancel, are left out.
        A line whose time is earlier than the previous line of the same card gets a warning on stderr.
        JSON fields: card, at, rating, state (learning|review|relearning), step (null in review),
        stability, difficulty, retrievability (before the review; 0 for a first review),
        due (ISO 8601 UTC), interval_days (fractional for learning steps).
        Example: dlquiz schedule --log reviews.jsonl --json --no-fuzz
        """

    var log = ""
    var json = false
    var scheduler = SchedulerOptions()

    static let arguments: [Argument<ScheduleCommand>] = [
        .required(\.log, "--log", "FILE", kind: .file, help: "The review log to replay (JSON lines: card, rating, at)."),
        .flag(\.json, "--json", help: "One JSON object per review."),
    ] + SchedulerOptions.arguments.map { $0.lifted(\.scheduler) }

    func validate() throws(CLIError) { _ = try scheduler.fsrs() }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let path = self.log
        let fsrs = try scheduler.fsrs(ctx)
        guard FileSystem.fileExists(atPath: path) else { throw .failure("cannot read \(path): no such file") }
        let log = try ReviewLogAccess.read(path, ctx)
        for (event, previous) in log.timeReversals() {
            ctx.console.error("dlquiz: \(path) line \(log.eventLine[event]): \(log.cardIDs[Int(log.eventCard[event])]) at \(log.eventAt[event].iso) is earlier than its previous line (\(previous.iso)); replayed in file order")
        }
        let quoted = log.cardIDs.map { JSON.string($0).compact }
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        var failure: CLIError? = nil
        _ = Replay.run(log, fsrs: fsrs) { event in
            guard failure == nil else { return }
            let s = event.after
            let r = fsrs.retrievability(event.before, at: event.at)
            let intervalDays = s.due.days(since: event.at)
            let card = log.cardIDs[Int(event.card)]
            if json {
                // Written by hand in the documented key order: a million lines must not take seconds.
                buffer += "{\"card\":" + quoted[Int(event.card)] + ",\"at\":\"" + event.at.iso + "\",\"rating\":"
                buffer += String(event.rating.rawValue) + ",\"state\":\"" + s.state.rawValue + "\",\"step\":"
                buffer += (s.step.map { String($0) } ?? "null") + ",\"stability\":" + JSON.format(s.stability!)
                buffer += ",\"difficulty\":" + JSON.format(s.difficulty!) + ",\"retrievability\":" + JSON.format(r)
                buffer += ",\"due\":\"" + s.due.iso + "\",\"interval_days\":" + JSON.format(intervalDays) + "}"
            } else {
                let step = s.step.map { " step \($0)" } ?? ""
                buffer += "\(event.at.iso)  \(card)  \(event.rating.name) -> \(s.state.rawValue)\(step)"
                buffer += "  S=\(Self.rounded(s.stability!)) D=\(Self.rounded(s.difficulty!)) R=\(Self.rounded(r))"
                buffer += "  due \(s.due.iso) (\(IntervalText.short(micros: s.due.micros - event.at.micros)))"
            }
            buffer += "\n"
            if buffer.utf8.count > 60_000 {
                do throws(CLIError) { try ctx.console.out(buffer) } catch { failure = error }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if let failure { throw failure }
        try ctx.console.out(buffer)
        return 0
    }

    /// Four decimals for people; --json has the full values.
    static func rounded(_ x: Double) -> String { JSON.format((x * 10_000).rounded() / 10_000) }
}
