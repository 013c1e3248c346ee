import Foundation
import ReviewLog
import Scheduler

/// Scheduler speed: a generated review log of 1,000,000 reviews over 10,000 cards (about 100
/// reviews a card, each at or after its due time, interleaved in time order as a real log is),
/// then read + scan + replay (target ≤ 1 s), stats over it, and the first study card after the
/// replay (target ≤ 50 ms). Prints best-of-3 wall times.
func schedulerBenchmarks() {
    let cardCount = 10_000, perCard = 100
    let dir = NSTemporaryDirectory() + "dlquiz-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let path = dir + "/reviews.jsonl"
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fsrs = try! FSRS()
    let start = Moment.parse("2020-01-01T08:00:00Z")!

    // Generate: each card's reviews follow its own schedule; merged by time.
    var t0 = Date()
    var random = SchedulerBenchRandom(seed: 42)
    var events: [(at: Int64, card: Int32, rating: UInt8)] = []
    events.reserveCapacity(cardCount * perCard)
    for c in 0..<cardCount {
        var s = CardSchedule(newAt: start)
        var at = start.adding(micros: Int64(random.next() % 86_400) * 1_000_000 * Int64(1 + c % 30))
        let seed = Fuzz.cardSeed("card-\(c)")
        for _ in 0..<perCard {
            let roll = random.next() % 100
            let rating: Rating = roll < 12 ? .again : roll < 22 ? .hard : roll < 92 ? .good : .easy
            s = fsrs.review(s, rating: rating, at: at, cardSeed: seed)
            events.append((at.micros, Int32(c), UInt8(rating.rawValue)))
            // Next review: at the due time plus up to a day's delay, capped so logs stay within a few years.
            let due = min(s.due.micros, at.micros + 20 * Moment.microsPerDay)
            at = Moment(seconds: Moment(micros: due).seconds + Int64(random.next() % 86_400))
        }
    }
    events.sort { $0.at < $1.at }
    var text = ""
    text.reserveCapacity(events.count * 80)
    for e in events {
        text += ReviewRecord(card: "card-\(e.card)", rating: Rating(rawValue: Int(e.rating))!, at: Moment(micros: e.at), durationMs: Int(e.at % 9000) + 1000).jsonLine
        text += "\n"
    }
    try! text.write(toFile: path, atomically: false, encoding: .utf8)
    let megabytes = Double(text.utf8.count) / 1e6
    print(String(format: "scheduler: generated %d reviews over %d cards (%.1f MB) in %.2f s", events.count, cardCount, megabytes, Date().timeIntervalSince(t0)))
    text = ""
    events = []

    let now = Moment.parse("2026-03-01T10:00:00Z")!
    let clock = DayClock.fixed(offsetSeconds: 0)
    var best = (read: 1e9, scan: 1e9, replay: 1e9, total: 1e9, stats: 1e9, firstCard: 1e9)
    var ids: [String] = []
    for _ in 0..<3 {
        t0 = Date()
        var t1 = t0
        let log = try! ReviewLogFile.withContents(path: path) { bytes in
            t1 = Date()
            return ReviewLogScanner.parse(bytes)
        }
        let t2 = Date()
        let day = StudyDay(log: log, fsrs: fsrs, now: now, clock: clock)
        let t3 = Date()
        precondition(log.eventCount == cardCount * perCard && log.problems.isEmpty && day.schedules.count == cardCount)
        best.read = min(best.read, t1.timeIntervalSince(t0))
        best.scan = min(best.scan, t2.timeIntervalSince(t1))
        best.replay = min(best.replay, t3.timeIntervalSince(t2))
        best.total = min(best.total, t3.timeIntervalSince(t0))

        // First card: queue building over the deck, the next card and its grade labels.
        if ids.isEmpty { ids = (0..<cardCount).map { "card-\($0)" } }
        let t4 = Date()
        let session = StudySession(
            candidates: ids, schedules: day.schedules, now: now, clock: clock, fsrs: fsrs,
            options: StudyOptions(), newIntroducedToday: day.newIntroducedToday)
        let first = session.next(at: now)!
        let labels = session.preview(first, at: now).map { IntervalText.short(micros: $0.after.due.micros - now.micros) }
        let t5 = Date()
        precondition(labels.count == 4)
        best.firstCard = min(best.firstCard, t5.timeIntervalSince(t4))

        let t6 = Date()
        let stats = StudyStats.compute(cards: ids.map { ($0, ["tag\($0.count % 7)"]) }, log: log, fsrs: fsrs, now: now, clock: clock)
        best.stats = min(best.stats, Date().timeIntervalSince(t6))
        precondition(stats.totalReviews == cardCount * perCard)
    }
    print(String(format: "scheduler: map %.0f ms + scan %.0f ms + replay %.0f ms = %.0f ms for 1M reviews (target <= 1000 ms)",
                 best.read * 1000, best.scan * 1000, best.replay * 1000, best.total * 1000))
    print(String(format: "scheduler: stats over the replay %.0f ms; first study card after the replay %.1f ms (target <= 50 ms)",
                 best.stats * 1000, best.firstCard * 1000))
}

/// A small deterministic generator for the synthetic log.
struct SchedulerBenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
