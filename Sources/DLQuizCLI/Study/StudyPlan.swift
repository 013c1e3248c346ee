import Corpus
import ImportExport
import Scheduler

/// Everything a study session needs, set up once from the arguments: deck, log, session, labels.
struct StudyPlan {
    /// The card with an id: from the whole deck, or parsed on demand from a user deck's index.
    var card: (String) -> Card?
    var session: StudySession
    var clock: SessionClock
    var log: ReviewLogFile?
    /// Reading and replaying the log, and building the queue after it (for DLQUIZ_TIMING).
    var replayMillis: Double
    var queueMillis: Double

    static func make(_ args: Arguments, _ ctx: Context) throws(CLIError) -> StudyPlan {
        let filter = try CardFilter(args)
        let candidates: [String]
        let card: (String) -> Card?
        if let catalog = try ctx.catalog() {
            candidates = catalog.ids(level: filter.level, tags: filter.tags)
            card = { catalog.card($0) }
        } else {
            let deck = try ctx.deck()
            candidates = filter.apply(deck.cards).map(\.id)
            card = { deck[$0] }
        }
        var options = StudyOptions(cram: args.flag("--cram"))
        if let n = try args.int("--new") {
            guard n >= 0 else { throw .usage("--new must be 0 or more") }
            options.newPerDay = n
        }
        if let n = try args.int("--limit") {
            guard n >= 1 else { throw .usage("--limit must be 1 or more") }
            options.limit = n
        }
        let fsrs = try SchedulerOptions.fsrs(args)
        let dayClock = try ReviewLogAccess.clock(args)
        let start = try ctx.now(args)
        let path = try ReviewLogAccess.path(ctx)
        let log: ReviewLogFile? = options.cram ? nil : try ReviewLogAccess.openForAppend(path)
        let t0 = SessionClock.monotonicMicros()
        let parsed = try ReviewLogAccess.read(path, ctx)
        let day = StudyDay(log: parsed, fsrs: fsrs, now: start, clock: dayClock)
        let t1 = SessionClock.monotonicMicros()
        let session = StudySession(
            candidates: candidates, schedules: day.schedules, now: start, clock: dayClock, fsrs: fsrs,
            options: options, newIntroducedToday: day.newIntroducedToday)
        let replayMillis = Double(t1 - t0) / 1000
        let queueMillis = Double(SessionClock.monotonicMicros() - t1) / 1000
        return StudyPlan(
            card: card, session: session, clock: SessionClock(start: start), log: log, replayMillis: replayMillis,
            queueMillis: queueMillis)
    }

    /// `1 Again 1m · 2 Hard 6m · 3 Good 1d · 4 Easy 8d`
    func gradeLabels(_ card: String, at now: Moment) -> [(rating: Rating, interval: String)] {
        session.preview(card, at: now).map { ($0.rating, IntervalText.short(micros: $0.after.due.micros - now.micros)) }
    }

    /// Grades and saves (append + fsync) before returning; cram saves nothing.
    mutating func grade(_ card: String, _ rating: Rating, durationMs: Int?, answer: String? = nil, score: Double? = nil) throws(CLIError) -> CardSchedule? {
        let now = clock.now
        let record = session.grade(card, rating, at: now, durationMs: durationMs, answer: answer, score: score)
        if let record, let log {
            do { try log.append(record) } catch { throw .failure(error.description) }
        }
        return options.cram ? nil : session.schedules[card]
    }

    mutating func undo() throws(CLIError) -> String? {
        guard let (card, record) = session.undo(at: clock.now) else { return nil }
        if let record, let log {
            do { try log.append(record) } catch { throw .failure(error.description) }
        }
        return card
    }

    var options: StudyOptions { session.options }

    /// "Reviewed 12 · again 17% · next due 2026-03-02 09:10 (in 14h)"
    func summary() -> (reviewed: Int, againRate: Double?, nextDue: Moment?) {
        let n = session.reviewedCount
        return (n, n == 0 ? nil : Double(session.againCount) / Double(n), options.cram ? nil : session.nextDue)
    }
}
