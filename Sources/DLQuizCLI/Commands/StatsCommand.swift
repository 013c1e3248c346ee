#if canImport(Glibc)
import Glibc
#endif
import JSONKit
import ImportExport
import ReviewLog
import Scheduler

/// `dlquiz stats`: the state of the deck and of the learner, from one replay of the log.
struct StatsCommand: Command {
    static let name = "stats"
    static let summary = "Cards by state, due forecast, reviews per day, retention, streak, readiness per tag."
    static let discussion = """
        Retention is the share of answers to cards in review state that were not Again.
        With --tag/--level every figure (reviews per day, totals, retention, streak) counts only those cards.
        With --now in the past, only reviews up to that time are replayed.
        """

    var json = false
    var filter = CardFilter()
    var clock = ClockOptions()
    var scheduler = SchedulerOptions()

    static let arguments: [Argument<StatsCommand>] = [.flag(\.json, "--json", help: "One JSON object.")]
        + ClockOptions.arguments.map { $0.lifted(\.clock) }
        + CardFilter.arguments.map { $0.lifted(\.filter) }
        + SchedulerOptions.arguments.map { $0.lifted(\.scheduler) }

    func validate() throws(CLIError) {
        try clock.validate()
        _ = try scheduler.fsrs()
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let cards: [(id: String, tags: [String])]
        var deckIDs: Set<String>? = nil
        let wanted = filter.tags.map { $0.lowercased() }
        // With a user deck: ids and tags from the sidecar indexes, no card parsed (see `Context.catalog`).
        if let catalog = try ctx.catalog(), wanted.allSatisfy(catalog.hasTag) {
            cards = catalog.idsAndTags(level: filter.level, anyOf: wanted)
            if !filter.isEmpty { deckIDs = Set(catalog.ids(level: nil, tags: [])) }
        } else {
            let deck = try ctx.deck()
            try filter.check(deck)
            cards = filter.apply(deck.cards).map { (id: $0.id, tags: $0.tags) }
            if !filter.isEmpty { deckIDs = Set(deck.cards.map(\.id)) }
        }
        let fsrs = try scheduler.fsrs(ctx)
        let now = try ctx.now(clock.now)
        let path = try ReviewLogAccess.path(ctx)
        let log = try ReviewLogAccess.read(path, ctx).renamingCards(try ctx.builtinDeck().aliases)
        let stats = StudyStats.compute(cards: cards, log: log, fsrs: fsrs, now: now, clock: clock.dayClock, deckIDs: deckIDs)
        if json {
            try ctx.console.line(stats.json.compact)
            return 0
        }
        try ctx.console.out(Self.render(stats, cardCount: cards.count, color: ctx.useColor))
        return 0
    }

    static func bar(_ value: Double, of maximum: Double, width: Int) -> String {
        guard maximum > 0 else { return "" }
        let cells = Int((value / maximum * Double(width)).rounded())
        return String(repeating: "█", count: cells)
    }

    /// One cell a day: "·" for none, else a block from ▁ to █ scaled to the busiest day.
    static func sparkline(_ counts: [Int]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        let top = counts.max() ?? 0
        return String(counts.map { n -> Character in
            guard n > 0, top > 0 else { return "·" }
            return blocks[min(blocks.count - 1, (n * blocks.count - 1) / top)]
        })
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
        let days = s.reviewsPerDay
        var summary = "last 4 weeks, \(days.map(\.count).reduce(0, +)) in all"
        if let busiest = days.max(by: { $0.count < $1.count }), busiest.count > 0 {
            summary += "; most: \(busiest.count) on \(weekday(busiest.day)) \(busiest.day)"
        }
        out += "\n\(bold)Reviews per day\(reset) (\(summary))\n"
        if let first = days.first, let last = days.last {
            out += "  \(first.day.suffix(5)) " + sparkline(days.map(\.count)) + " \(last.day.suffix(5))\n"
        }
        out += "\n\(bold)Retention\(reset): 7 days \(percent(s.retention7)) · 30 days \(percent(s.retention30))\n"
        out += "\(bold)Streak\(reset): \(s.streak) day\(s.streak == 1 ? "" : "s")\n"
        out += "\(bold)Out of study\(reset): \(s.suspended) suspended (\(s.leeches) leech\(s.leeches == 1 ? "" : "es")) · \(s.buried) buried today\n"
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
