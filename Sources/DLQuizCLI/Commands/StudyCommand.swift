import JSONKit

/// `dlquiz study`: review due cards, then new ones, in a terminal or from a pipe.
enum StudyCommand: Command {
    static let spec = CommandSpec(
        name: "study", summary: "Study: due cards first, then new ones (spaced repetition, FSRS-6).",
        usage: "dlquiz study [--tag T] [--level L] [--new N] [--limit N] [--learn-ahead 20m] [--cram] [--typed] [--json] [--now ISO [--allow-past]]",
        flags: [
            ("--cram", "Practise without touching the schedule: nothing is logged."),
            ("--typed", "Type your answer; it is graded against the card's key points."),
            ("--json", "From a pipe: one JSON object a line."),
            ("--allow-past", "Accept a --now earlier than the log's latest review."),
        ] + SchedulerOptions.flags,
        options: [
            ("--tag", "Only cards with this tag (repeatable)."),
            ("--level", "Only cards of this level: basic, intermediate, advanced."),
            ("--new", "New cards per day (default 10)."),
            ("--limit", "At most this many cards this session."),
            ("--learn-ahead", "When nothing else is left, show learning cards due within this span early (default 20m; 0 disables)."),
            ("--now", "Start time, ISO 8601 (default: now, or DLQUIZ_NOW)."),
            ("--day-start", "Hour the study day begins, local time (default 4)."),
        ] + SchedulerOptions.options,
        discussion: """
            Keys: Space/Enter show the answer · 1 Again 2 Hard 3 Good 4 Easy · u undo · s skip · q or Ctrl-C quit.
            From a pipe (stdin not a terminal) dlquiz prints each card and reads one line per card:
            1-4 or again|hard|good|easy, s (skip), u (undo), q (quit); EOF ends the session with exit 0.
            Reviews are appended to $DLQUIZ_HOME/reviews.jsonl and fsync'd before the next card.
            Example: printf '3\\n1\\n' | dlquiz study --json --limit 2
            """)

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        try args.expectPositionals(0, "")
        let plan = try StudyPlan.make(args, ctx)
        if ctx.environment["DLQUIZ_TIMING"] != nil {
            // For measuring: how long the replay took, and the first card's delay after it.
            let firstStart = SessionClock.monotonicMicros()
            let first = plan.session.next(at: plan.clock.now)
            if let first { _ = plan.gradeLabels(first, at: plan.clock.now) }
            let firstMillis = plan.queueMillis + Double(SessionClock.monotonicMicros() - firstStart) / 1000
            ctx.console.error("dlquiz: timing: read+scan+replay \(Int(plan.replayMillis.rounded())) ms; first card ready \(JSON.format((firstMillis * 10).rounded() / 10)) ms after the replay")
        }
        if ctx.console.stdinIsTerminal && !args.flag("--json") {
            if plan.session.next(at: plan.clock.now) == nil && plan.session.nextReturn(at: plan.clock.now) == nil {
                try ctx.console.line(nothingToStudy(plan))
                return 0
            }
            var ui = TerminalStudy(plan: plan, ctx: ctx, typed: args.flag("--typed"))
            return try ui.run()
        }
        var pipe = PipeStudy(plan: plan, ctx: ctx, json: args.flag("--json"), typed: args.flag("--typed"))
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
