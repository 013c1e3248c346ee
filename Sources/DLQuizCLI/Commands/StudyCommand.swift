import JSONKit
import Scheduler

/// `dlquiz study`: review due cards, then new ones, in a terminal or from a pipe.
struct StudyCommand: Command {
    static let name = "study"
    static let summary = "Study: due cards first, then new ones (spaced repetition, FSRS-6)."
    static let discussion = """
        Keys: Space/Enter show the answer · 1 Again 2 Hard 3 Good 4 Easy · u undo · s skip ·
        ! suspend · b bury (until the next study day) · q or Ctrl-C quit.
        From a pipe (stdin not a terminal) dlquiz prints each card and reads one line per card:
        1-4 or again|hard|good|easy, s (skip), u (undo), suspend, bury, q (quit); EOF ends the
        session with exit 0. With --typed only the exact lines q, s, u, suspend and bury are commands.
        A card that lapses --leech-threshold times (Again after it was learnt) is a leech: suspended,
        with a notice. Sibling cards (a definition and a comparison built on it) are not
        introduced on the same day.
        Reviews are appended to $DLQUIZ_HOME/reviews.jsonl and fsync'd before the next card.
        Example: printf '3\\n1\\n' | dlquiz study --json --limit 2
        """

    var filter = CardFilter()
    var newPerDay = StudyOptions().newPerDay
    var limit: Int? = nil
    var order = NewCardOrder.basicFirst
    var seed: Int? = nil
    var leechThreshold = LeechRule.defaultThreshold
    var noPager = false
    var cram = false
    var typed = false
    var json = false
    var learnAhead = "20m"
    var allowPast = false
    var clock = ClockOptions()
    var scheduler = SchedulerOptions()

    static let arguments: [Argument<StudyCommand>] = CardFilter.arguments.map { $0.lifted(\.filter) } + [
        .option(\.newPerDay, "--new", "N", help: "New cards per day."),
        .option(\.limit, "--limit", "N", help: "At most this many cards this session."),
        .option(\.order, "--order", "ORDER",
                help: "New-card order: deck, basic-first (by level, topics spread), random (--seed), spread (topics spread)."),
        .option(\.seed, "--seed", "N", help: "Seed for --order random (default: the study day, so the order holds all day)."),
        .option(\.leechThreshold, "--leech-threshold", "N", help: "Lapses that make a card a leech (suspended); 0 never."),
        .flag(\.noPager, "--no-pager", help: "In a terminal, never page a long answer through $PAGER."),
        .flag(\.cram, "--cram", help: "Practise without touching the schedule: nothing is logged."),
        .flag(\.typed, "--typed", help: "Type your answer; it is graded against the card's key points."),
        .flag(\.json, "--json", help: "From a pipe: one JSON object a line."),
        .option(\.learnAhead, "--learn-ahead", "SPAN", kind: .durations,
                help: "When nothing else is left, show learning cards due within this span early (0 disables)."),
        .flag(\.allowPast, "--allow-past", help: "Accept a --now earlier than the log's latest review."),
    ] + ClockOptions.arguments.map { $0.lifted(\.clock) } + SchedulerOptions.arguments.map { $0.lifted(\.scheduler) }

    func validate() throws(CLIError) {
        guard newPerDay >= 0 else { throw .usage("--new must be 0 or more") }
        if let limit, limit < 1 { throw .usage("--limit must be 1 or more") }
        guard leechThreshold >= 0 else { throw .usage("--leech-threshold must be 0 (never) or more") }
        _ = try learnAheadSpan()
        try clock.validate()
        _ = try scheduler.fsrs()
    }

    /// `--learn-ahead` read as a span.
    func learnAheadSpan() throws(CLIError) -> TimeSpan {
        guard let span = TimeSpan(parsing: learnAhead) else {
            throw .usage("--learn-ahead: cannot read '\(learnAhead)' (use e.g. 20m, 1h, or 0 to disable)")
        }
        return span
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let plan = try StudyPlan.make(self, ctx)
        if ctx.variable("DLQUIZ_TIMING") != nil {
            // For measuring: how long the replay took, and the first card's delay after it.
            let firstStart = SessionClock.monotonicMicros()
            let first = plan.session.next(at: plan.clock.now)
            if let first { _ = plan.gradeLabels(first, at: plan.clock.now) }
            let firstMillis = plan.queueMillis + Double(SessionClock.monotonicMicros() - firstStart) / 1000
            ctx.console.error("dlquiz: timing: read+scan+replay \(Int(plan.replayMillis.rounded())) ms; first card ready \(JSON.format((firstMillis * 10).rounded() / 10)) ms after the replay")
        }
        if ctx.console.stdinIsTerminal && !json {
            if plan.session.next(at: plan.clock.now) == nil && plan.session.nextReturn(at: plan.clock.now) == nil {
                try ctx.console.line(Self.nothingToStudy(plan))
                return 0
            }
            var ui = TerminalStudy(plan: plan, ctx: ctx, typed: typed)
            ui.pager = !noPager
            return try ui.run()
        }
        var pipe = PipeStudy(plan: plan, ctx: ctx, json: json, typed: typed)
        return try pipe.run()
    }

    static func nothingToStudy(_ plan: StudyPlan) -> String {
        let later = plan.session.waitingLater(at: plan.clock.now)
        var text = "Nothing to study now."
        if later > 0 { text += " \(later) learning card\(later == 1 ? "" : "s") due later today." }
        if let next = plan.session.nextDue {
            text += " Next due: \(next.iso)."
        }
        if let note = plan.newLimitNote { text += " " + note.prefix(1).uppercased() + note.dropFirst() + "." }
        return text
    }
}
