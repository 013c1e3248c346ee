import Corpus
import ImportExport
import ReviewLog
import Scheduler

/// Everything a study session needs, set up once from the arguments: deck, log, session, labels.
///
/// With a user deck, the queue is built from the decks' sidecar indexes (`StudyCatalog`): ids, levels,
/// topics and sibling texts, without parsing the cards; only the cards shown are parsed. Without one (or
/// when the index cannot serve, see `Context.catalog`), from the whole deck. Both give the same session.
struct StudyPlan {
    /// The cards, as the queue was built from them.
    enum Cards {
        case deck(Deck)
        case catalog(StudyCatalog)
    }

    var cards: Cards
    var session: StudySession
    var clock: SessionClock
    var log: ReviewLogFile?
    /// Reading and replaying the log, and building the queue after it (for DLQUIZ_TIMING).
    var replayMillis: Double
    var queueMillis: Double
    /// The filter in words ("rnn", "basic rnn"), for "7 new rnn cards wait".
    var filterWords: String = ""

    /// The card with `id` (a user deck's is parsed here, from its stored JSON).
    func card(_ id: String) -> Card? {
        switch cards {
        case .deck(let deck): return deck[id]
        case .catalog(let catalog): return catalog.card(id)
        }
    }

    static func make(_ command: StudyCommand, _ ctx: Context) throws(CLIError) -> StudyPlan {
        let filter = command.filter
        let wanted = filter.tags.map { $0.lowercased() }
        var cards: Cards
        if let catalog = try ctx.catalog().map({ StudyCatalog($0, tags: wanted) }), wanted.allSatisfy(catalog.hasTag) {
            cards = .catalog(catalog)
        } else {
            let deck = try ctx.deck()
            try filter.check(deck)
            cards = .deck(deck)
        }
        let aliases = try ctx.builtinDeck().aliases
        var options = StudyOptions(cram: command.cram)
        options.newPerDay = command.newPerDay
        if let n = command.limit { options.limit = n }
        options.leech = LeechRule(threshold: command.leechThreshold)
        options.learnAhead = try command.learnAheadSpan()
        let fsrs = try command.scheduler.fsrs(ctx)
        let dayClock = command.clock.dayClock
        let start = try ctx.now(command.clock.now)
        let path = try ReviewLogAccess.path(ctx)
        let log: ReviewLogFile? = options.cram ? nil : try ReviewLogAccess.openForAppend(path)
        let t0 = SessionClock.monotonicMicros()
        let parsed = try ReviewLogAccess.read(path, ctx).renamingCards(aliases)
        if !options.cram, !command.allowPast, let latest = parsed.latest, start < latest {
            throw .usage("--now \(start.iso) is before the log's latest review (\(latest.iso)); reviews would go back in time (--allow-past to study anyway)")
        }
        let day = StudyDay(log: parsed, fsrs: fsrs, now: start, clock: dayClock)
        let t1 = SessionClock.monotonicMicros()
        // New cards in the chosen order (due cards are ordered by the session); without --seed
        // the random order is fixed for the study day.
        let seed = UInt64(truncatingIfNeeded: command.seed ?? dayClock.day(of: start))
        let items: [NewCardOrder.Item]
        switch cards {
        case .deck(let deck):
            items = filter.apply(deck.cards).map(Self.orderItem)
        case .catalog(let catalog):
            items = catalog.items.compactMap { c in
                guard c.tagged, filter.level == nil || c.level == filter.level else { return nil }
                return NewCardOrder.Item(id: c.id, level: Level.allCases.firstIndex(of: c.level) ?? 0, topic: c.topic)
            }
        }
        let candidates = command.order.arrange(items, seed: seed)
        let session: StudySession
        switch cards {
        case .deck(let deck):
            session = StudySession(
                candidates: candidates, schedules: day.schedules, now: start, clock: dayClock, fsrs: fsrs,
                options: options, newIntroducedToday: day.newIntroducedToday, suspensions: day.suspensions,
                lapses: day.lapses, siblings: CardSiblings.compute(deck.cards), introducedToday: day.introducedToday)
        case .catalog(let catalog):
            // Siblings are found lazily, for the new cards the day looks at only.
            var spacing = catalog.siblingFinder()
            for id in day.introducedToday { spacing.take(id) }
            session = StudySession(
                candidates: candidates, schedules: day.schedules, now: start, clock: dayClock, fsrs: fsrs,
                options: options, newIntroducedToday: day.newIntroducedToday, suspensions: day.suspensions,
                lapses: day.lapses, spacing: &spacing)
        }
        let replayMillis = Double(t1 - t0) / 1000
        let queueMillis = Double(SessionClock.monotonicMicros() - t1) / 1000
        return StudyPlan(
            cards: cards, session: session, clock: SessionClock(start: start), log: log, replayMillis: replayMillis,
            queueMillis: queueMillis, filterWords: ((filter.level.map { [$0.rawValue] } ?? []) + filter.tags).joined(separator: " "))
    }

    /// What `NewCardOrder` needs of a card: its level rank and main topic.
    static func orderItem(_ card: Card) -> NewCardOrder.Item {
        NewCardOrder.Item(id: card.id, level: Level.allCases.firstIndex(of: card.level) ?? 0, topic: card.tags.first ?? "")
    }

    /// `1 Again 1m · 2 Hard 6m · 3 Good 1d · 4 Easy 8d`
    func gradeLabels(_ card: String, at now: Moment) -> [(rating: Rating, interval: String)] {
        session.preview(card, at: now).map { ($0.rating, IntervalText.short(micros: $0.after.due.micros - now.micros)) }
    }

    /// Grades and saves (append + fsync) before returning; cram saves nothing. `leech` is true
    /// when this lapse made the card a leech (it is then suspended, and the record saved too).
    mutating func grade(_ card: String, _ rating: Rating, durationMs: Int?, answer: String? = nil, score: Double? = nil) throws(CLIError) -> (after: CardSchedule?, leech: Bool) {
        let now = clock.now
        let records = session.records(grading: card, rating, at: now, durationMs: durationMs, answer: answer, score: score)
        for record in records { try save(record) }
        return (options.cram ? nil : session.schedules[card], records.contains { $0.leech })
    }

    mutating func undo() throws(CLIError) -> String? {
        guard let (card, record, unsuspend) = session.undo(at: clock.now) else { return nil }
        if let record { try save(record) }
        if let unsuspend { try save(unsuspend) }
        return card
    }

    /// Suspends the card (saved at once); false in cram mode, where nothing is saved.
    mutating func suspend(_ card: String) throws(CLIError) -> Bool {
        guard let record = session.suspend(card, at: clock.now) else { return false }
        try save(record)
        return true
    }

    /// Buries the card until the next study day (saved at once); false in cram mode.
    mutating func bury(_ card: String) throws(CLIError) -> Bool {
        guard let record = session.bury(card, at: clock.now) else { return false }
        try save(record)
        return true
    }

    /// Appends one record through the review log's one write path.
    func save(_ record: ReviewRecord) throws(CLIError) {
        guard let log else { return }
        do { try log.append(record) } catch { throw .failure(ReviewLogAccess.words(error)) }
    }

    /// The one-line notice for a card that just became a leech, with what to do about it.
    func leechNotice(_ card: Card) -> String {
        var text = "\(card.id) is a leech (\(session.lapses[card.id] ?? 0) lapses) and is now suspended: rewrite it in your own words"
        if let demo = card.demo { text += ", or study it with its demo: dlquiz demo \(demo)" }
        return text + "; dlquiz unsuspend \(card.id) brings it back."
    }

    var options: StudyOptions { session.options }

    /// "7 new rnn cards wait beyond today's limit of 5 new cards (--new)", or nil. (Not "the limit is
    /// reached": a session ended at its first card has reached nothing, yet the cards still wait.)
    var newLimitNote: String? {
        let held = session.newHeldBack, siblings = session.newHeldForSiblings, overLimit = held - siblings
        guard held > 0 else { return nil }
        let what = filterWords.isEmpty ? "" : filterWords + " "
        let limit = options.newPerDay
        var parts: [String] = []
        if overLimit > 0 {
            parts.append("\(overLimit) new \(what)card\(overLimit == 1 ? "" : "s") wait\(overLimit == 1 ? "s" : "") beyond today's limit of \(limit) new card\(limit == 1 ? "" : "s") (--new)")
        }
        if siblings > 0 {
            parts.append("\(siblings) new \(what)card\(siblings == 1 ? "" : "s") wait\(siblings == 1 ? "s" : "") for another day: a sibling is new today")
        }
        return parts.joined(separator: "; ")
    }

    /// "Reviewed 12 · again 17% · next due 2026-03-02 09:10 (in 14h)"
    func summary() -> (reviewed: Int, againRate: Double?, nextDue: Moment?) {
        let n = session.reviewedCount
        return (n, n == 0 ? nil : Double(session.againCount) / Double(n), options.cram ? nil : session.nextDue)
    }
}
