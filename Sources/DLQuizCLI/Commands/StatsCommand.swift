#if canImport(Glibc)
import Glibc
#endif
import JSONKit
import Scheduler

/// `dlquiz stats`: the state of the deck and of the learner, from one replay of the log.
enum StatsCommand: Command {
    static let spec = CommandSpec(
        name: "stats", summary: "Cards by state, due forecast, reviews per day, retention, streak, readiness per tag.",
        usage: "dlquiz stats [--json] [--now ISO] [--tag T] [--level L]",
        flags: [("--json", "One JSON object.")] + SchedulerOptions.flags,
        options: [
            ("--now", "The time to report at, ISO 8601 (default: now, or DLQUIZ_NOW)."),
            ("--tag", "Only cards with this tag (repeatable)."),
            ("--level", "Only cards of this level."),
            ("--day-start", "Hour the study day begins, local time (default 4)."),
        ] + SchedulerOptions.options,
        discussion: "Retention is the share of answers to cards in review state that were not Again.")

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        try args.expectPositionals(0, "")
        let deck = try ctx.deck()
        let cards = try CardFilter(args).apply(deck.cards).map { (id: $0.id, tags: $0.tags) }
        let fsrs = try SchedulerOptions.fsrs(args, ctx)
        let clock = try ReviewLogAccess.clock(args)
        let now = try ctx.now(args)
        let path = try ReviewLogAccess.path(ctx)
        let log = try ReviewLogAccess.read(path, ctx)
        let stats = StudyStats.compute(cards: cards, log: log, fsrs: fsrs, now: now, clock: clock)
        if args.flag("--json") {
            try ctx.console.line(stats.json.compact)
            return 0
        }
        try ctx.console.out(render(stats, cardCount: cards.count, color: ctx.useColor))
        return 0
    }

    static func bar(_ value: Double, of maximum: Double, width: Int) -> String {
        guard maximum > 0 else { return "" }
        let cells = Int((value / maximum * Double(width)).rounded())
        return String(repeating: "█", count: cells)
    }

    /// "Mon" for "2026-03-02".
    static func weekday(_ date: String) -> String {
        guard let m = Moment.parse(date) else { return "   " }
        let days = Int((m.seconds - (m.seconds % 86_400 + 86_400) % 86_400) / 86_400)
        return ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7]
    }

    static func percent(_ r: (answers: Int, passed: Int)) -> String {
        guard let rate = StudyStats.rate(r) else { return "–" }
        return "\(Int((rate * 100).rounded()))% of \(r.answers)"
    }

    static func render(_ s: StudyStats, cardCount: Int, color: Bool) -> String {
        let bold = color ? "\u{1B}[1m" : "", reset = color ? "\u{1B}[0m" : ""
        var out = "\(bold)Cards\(reset) (\(cardCount)): " + s.byState.map { "\($0.count) \($0.state)" }.joined(separator: " · ") + "\n"
        out += "\n\(bold)Due\(reset)\n"
        let due = [("today", s.dueToday), ("tomorrow", s.dueTomorrow), ("next 7 days", s.dueIn7Days), ("next 30 days", s.dueIn30Days)]
        let dueMax = Double(due.map(\.1).max() ?? 0)
        for (label, n) in due {
            out += "  " + label.rightPadded(13) + String(n).leftPadded(5) + " " + bar(Double(n), of: dueMax, width: 40) + "\n"
        }
        out += "\n\(bold)Reviews per day\(reset) (last 4 weeks, \(s.reviewsPerDay.map(\.count).reduce(0, +)) in all)\n"
        let dayMax = Double(s.reviewsPerDay.map(\.count).max() ?? 0)
        for (day, n) in s.reviewsPerDay {
            out += "  \(day) \(weekday(day))" + String(n).leftPadded(6) + " " + bar(Double(n), of: dayMax, width: 40) + "\n"
        }
        out += "\n\(bold)Retention\(reset): 7 days \(percent(s.retention7)) · 30 days \(percent(s.retention30))\n"
        out += "\(bold)Streak\(reset): \(s.streak) day\(s.streak == 1 ? "" : "s")\n"
        if !s.readiness.isEmpty {
            out += "\n\(bold)Readiness by tag\(reset) (mean predicted recall now; new cards count 0)\n"
            let width = min(24, s.readiness.map(\.tag.count).max() ?? 0)
            for t in s.readiness {
                let pct = Int((t.meanRecall * 100).rounded())
                out += "  " + t.tag.rightPadded(width) + String(pct).leftPadded(5) + "% "
                    + bar(t.meanRecall, of: 1, width: 20).rightPadded(20, with: "·")
                    + "  \(t.reviewed)/\(t.cards) reviewed\n"
            }
        }
        if s.unknownCards > 0 {
            out += "\n\(s.unknownCards) reviewed card id\(s.unknownCards == 1 ? " is" : "s are") not in the corpus (kept in the log).\n"
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func rightPadded(_ width: Int, with pad: Character = " ") -> String {
        count >= width ? self : self + String(repeating: pad, count: width - count)
    }
}
