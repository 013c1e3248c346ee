import ReviewLog

import JSONKit

/// What `dlquiz stats` shows, computed from the deck and one replay of the log.
public struct StudyStats: Sendable {
    /// "new", "learning", "review", "relearning" counts over the deck's cards.
    public var byState: [(state: String, count: Int)] = []
    /// Due by the end of today (overdue included), tomorrow, and within the next 7 and 30 days.
    public var dueToday = 0, dueTomorrow = 0, dueIn7Days = 0, dueIn30Days = 0
    /// Reviews per study day over the last 28 days, oldest first: (date, count).
    public var reviewsPerDay: [(day: String, count: Int)] = []
    /// Answers to review-state cards in the last 7/30 days, and how many were not Again.
    public var retention7: (answers: Int, passed: Int) = (0, 0)
    public var retention30: (answers: Int, passed: Int) = (0, 0)
    /// Consecutive study days with at least one review, ending today (or yesterday if none yet today).
    public var streak = 0
    /// Per tag: cards, cards reviewed, and mean predicted retrievability now (new cards count 0).
    public var readiness: [(tag: String, cards: Int, reviewed: Int, meanRecall: Double)] = []
    /// Effective reviews in the log, and reviewed ids not in the corpus.
    public var totalReviews = 0
    public var unknownCards = 0
    /// Cards out of study: suspended (by hand or as leeches), leeches among them, buried today.
    public var suspended = 0, leeches = 0, buried = 0

    public init() {}

    /// - Parameters:
    ///   - cards: the cards to report on (the deck, or the part a filter keeps).
    ///   - deckIDs: every card id of the deck when `cards` is a filtered part of it: then only the
    ///     reviews of `cards` are counted, and only ids outside the deck are "not in the corpus".
    ///     Nil when `cards` is the whole deck (every review counts).
    ///   - now: the time to report at; reviews after it are left out (the log as it stood then).
    public static func compute(
        cards: [(id: String, tags: [String])], log fullLog: ParsedLog, fsrs: FSRS, now: Moment, clock: DayClock,
        deckIDs: Set<String>? = nil
    ) -> StudyStats {
        var stats = StudyStats()
        let log = fullLog.until(now)
        let scopeIDs = Set(cards.map(\.id))
        // Per log card: are its reviews counted?
        let counted: [Bool] = deckIDs == nil ? [] : log.cardIDs.map { scopeIDs.contains($0) }
        let today = clock.day(of: now)
        var perDay = [Int](repeating: 0, count: 28)
        var activeDays = Set<Int>()
        let weekAgo = now.adding(micros: -7 * Moment.microsPerDay)
        let monthAgo = now.adding(micros: -30 * Moment.microsPerDay)
        // The log is mostly in time order: reuse the study day while events stay within it,
        // so the local-time lookup runs about once per day rather than once per review.
        var dayStart = Moment(micros: .max), dayEnd = Moment(micros: .min), cachedDay = 0
        let schedules = Replay.run(log, fsrs: fsrs) { event in
            if !counted.isEmpty && !counted[Int(event.card)] { return }
            stats.totalReviews += 1
            if event.at < dayStart || event.at >= dayEnd {
                cachedDay = clock.day(of: event.at)
                dayStart = clock.start(ofDay: cachedDay)
                dayEnd = clock.start(ofDay: cachedDay + 1)
                activeDays.insert(cachedDay)
            }
            let day = cachedDay
            let back = today - day
            if back >= 0 && back < 28 { perDay[27 - back] += 1 }
            if event.before.state == .review && event.before.reviews > 0 && event.at <= now {
                let passed = event.rating != .again ? 1 : 0
                if event.at > weekAgo {
                    stats.retention7.answers += 1
                    stats.retention7.passed += passed
                }
                if event.at > monthAgo {
                    stats.retention30.answers += 1
                    stats.retention30.passed += passed
                }
            }
        }
        var byID: [String: CardSchedule] = [:]
        for (i, s) in schedules.enumerated() { if let s { byID[log.cardIDs[i]] = s } }
        let known = deckIDs ?? scopeIDs
        stats.unknownCards = byID.keys.filter { !known.contains($0) }.count

        let suspensions = Suspensions(log: log)
        for card in cards {
            if suspensions.isSuspended(card.id) { stats.suspended += 1 }
            if suspensions.isLeech(card.id) { stats.leeches += 1 }
            if suspensions.isBuried(card.id, now: now, clock: clock) { stats.buried += 1 }
        }
        var counts: [CardState?: Int] = [:]
        let ends = [1, 2, 7, 30].map { clock.start(ofDay: today + $0) }
        let tomorrowStart = ends[0]
        var tagTotals: [String: (cards: Int, reviewed: Int, sum: Double)] = [:]
        for card in cards {
            let s = byID[card.id]
            counts[s?.state, default: 0] += 1
            var r = 0.0
            if let s {
                if s.due < ends[0] { stats.dueToday += 1 }
                if s.due >= tomorrowStart && s.due < ends[1] { stats.dueTomorrow += 1 }
                if s.due < ends[2] { stats.dueIn7Days += 1 }
                if s.due < ends[3] { stats.dueIn30Days += 1 }
                r = fsrs.retrievability(s, at: now)
            }
            for tag in card.tags {
                var t = tagTotals[tag] ?? (0, 0, 0)
                t.cards += 1
                if s != nil { t.reviewed += 1 }
                t.sum += r
                tagTotals[tag] = t
            }
        }
        stats.byState = [
            ("new", counts[nil] ?? 0), ("learning", counts[.learning] ?? 0),
            ("review", counts[.review] ?? 0), ("relearning", counts[.relearning] ?? 0),
        ]
        stats.reviewsPerDay = (0..<28).map { (clock.label(ofDay: today - 27 + $0), perDay[$0]) }
        var day = activeDays.contains(today) ? today : today - 1
        while activeDays.contains(day) {
            stats.streak += 1
            day -= 1
        }
        stats.readiness = tagTotals.map { (tag: $0.key, cards: $0.value.cards, reviewed: $0.value.reviewed, meanRecall: $0.value.sum / Double($0.value.cards)) }
            .sorted { ($0.meanRecall, $0.tag) < ($1.meanRecall, $1.tag) }
        return stats
    }

    /// Share of passed answers, nil when there were none.
    public static func rate(_ r: (answers: Int, passed: Int)) -> Double? {
        r.answers == 0 ? nil : Double(r.passed) / Double(r.answers)
    }

    public var json: JSON {
        var o = JSONObject()
        var states = JSONObject()
        for (s, c) in byState { states[s] = .number(Double(c)) }
        o["cards"] = .object(states)
        o["due"] = [
            "today": .number(Double(dueToday)), "tomorrow": .number(Double(dueTomorrow)),
            "next_7_days": .number(Double(dueIn7Days)), "next_30_days": .number(Double(dueIn30Days)),
        ]
        o["reviews_per_day"] = .array(reviewsPerDay.map { ["day": .string($0.day), "reviews": .number(Double($0.count))] })
        func retention(_ r: (answers: Int, passed: Int)) -> JSON {
            ["answers": .number(Double(r.answers)), "passed": .number(Double(r.passed)), "rate": JSON(StudyStats.rate(r))]
        }
        o["retention"] = ["last_7_days": retention(retention7), "last_30_days": retention(retention30)]
        o["streak_days"] = .number(Double(streak))
        o["readiness"] = .array(readiness.map {
            ["tag": .string($0.tag), "cards": .number(Double($0.cards)), "reviewed": .number(Double($0.reviewed)),
             "mean_retrievability": .number(($0.meanRecall * 1e4).rounded() / 1e4)]
        })
        o["total_reviews"] = .number(Double(totalReviews))
        o["unknown_cards"] = .number(Double(unknownCards))
        o["suspended"] = .number(Double(suspended))
        o["leeches"] = .number(Double(leeches))
        o["buried_today"] = .number(Double(buried))
        return .object(o)
    }
}
