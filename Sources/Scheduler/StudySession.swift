import ReviewLog

/// The study session's logic, with no I/O: which card comes next, what a grade does, undo, skip.
///
/// Order: due cards first (review cards due before the next day starts and learning cards due
/// now), lowest retrievability first; then new cards in candidate order (see `NewCardOrder`) up
/// to the day's new-card allowance, leaving out a new card whose sibling was introduced today or
/// is already chosen. Suspended cards and cards buried today are not shown. A card that a grade
/// leaves in a learning step comes back when that step falls due, or up to `learnAhead` early
/// when nothing else is left (as Anki's learn-ahead limit). When only such cards remain and none
/// is within the limit, `next` is nil and `nextReturn` says when the first comes back, so the
/// caller can wait or end. A lapse that makes a card a leech suspends it (`LeechRule`).
public struct StudySession: Sendable {
    public let fsrs: FSRS
    public let options: StudyOptions
    /// Every known card's schedule (the replayed log plus this session's grades).
    public private(set) var schedules: [String: CardSchedule]
    /// Due then new cards still to show, in order.
    public private(set) var queue: [String]
    /// Cards waiting for their next learning step in this session.
    public private(set) var waiting: [String] = []
    public private(set) var reviewedCount = 0
    public private(set) var againCount = 0
    /// Cards shown from the queue plus learning repeats, for the progress line.
    public private(set) var shownCount = 0
    public private(set) var newLeft: Int
    public private(set) var dueLeft: Int
    public let endOfDay: Moment
    /// New cards in the candidates that this session leaves out: the day's allowance, or a sibling taken.
    public let newHeldBack: Int
    /// Of `newHeldBack`, those left out because a sibling was introduced today (the rest, the allowance).
    public let newHeldForSiblings: Int
    /// The cards this session may show (deck and filters).
    private let candidates: Set<String>
    private var undoStack: [UndoEntry] = []
    private var newCards: Set<String>
    /// Suspensions and burials: the log's, plus this session's.
    public private(set) var suspensions: Suspensions
    /// Lapses per card (Again in review state): the log's, plus this session's.
    public private(set) var lapses: [String: Int]

    /// The session as it was before a grade, so undo restores it exactly.
    struct UndoEntry: Sendable {
        var card: String
        var before: CardSchedule?
        var queue: [String]
        var waiting: [String]
        var counts: [Int]
        var front: String?
        var lapses: Int?
        /// The grade made the card a leech (and suspended it).
        var leeched: Bool
    }

    /// A card that undo brought back: shown next, whatever else is due.
    private var front: String? = nil

    /// - Parameters:
    ///   - candidates: the cards this session may show (filtered by tag/level), in deck order.
    ///   - schedules: the replayed log.
    ///   - newIntroducedToday: new cards already started this study day (they count against `newPerDay`).
    ///   - suspensions: suspended and buried cards (left out).
    ///   - lapses: each card's lapses so far (for the leech rule).
    ///   - siblings: each card's siblings; `introducedToday`: the cards first reviewed today.
    public init(
        candidates: [String], schedules: [String: CardSchedule], now: Moment, clock: DayClock, fsrs: FSRS,
        options: StudyOptions, newIntroducedToday: Int, suspensions: Suspensions = Suspensions(),
        lapses: [String: Int] = [:], siblings: [String: Set<String>] = [:], introducedToday: Set<String> = []
    ) {
        var spacing = SiblingSets(siblings, taken: introducedToday)
        self.init(candidates: candidates, schedules: schedules, now: now, clock: clock, fsrs: fsrs, options: options,
                  newIntroducedToday: newIntroducedToday, suspensions: suspensions, lapses: lapses, spacing: &spacing)
    }

    /// The session with siblings kept apart by `spacing`, which already holds the cards introduced today.
    public init(
        candidates: [String], schedules: [String: CardSchedule], now: Moment, clock: DayClock, fsrs: FSRS,
        options: StudyOptions, newIntroducedToday: Int, suspensions: Suspensions = Suspensions(),
        lapses: [String: Int] = [:], spacing: inout some SiblingSpacing
    ) {
        self.fsrs = fsrs
        self.options = options
        self.schedules = schedules
        self.suspensions = suspensions
        self.lapses = lapses
        self.candidates = Set(candidates)
        endOfDay = clock.start(ofDay: clock.day(of: now) + 1)
        var due: [(id: String, r: Double, due: Moment)] = []
        var fresh: [String] = []
        var later: [String] = []
        for id in candidates where !suspensions.isExcluded(id, now: now, clock: clock) {
            guard let s = schedules[id] else {
                fresh.append(id)
                continue
            }
            if options.cram {
                due.append((id, fsrs.retrievability(s, at: now), s.due))
            } else if s.state == .review ? s.due < endOfDay : s.due <= now {
                due.append((id, fsrs.retrievability(s, at: now), s.due))
            } else if s.state != .review && s.due < endOfDay {
                later.append(id)
            }
        }
        due.sort { ($0.r, $0.due.micros, $0.id) < ($1.r, $1.due.micros, $1.id) }
        let allowance = options.cram ? fresh.count : max(0, options.newPerDay - newIntroducedToday)
        var chosenNew: [String] = []
        var siblingsHeld = 0
        if options.cram {
            chosenNew = fresh
        } else {
            // Siblings are not introduced on the same day: skip a card whose sibling is taken.
            for id in fresh where chosenNew.count < allowance {
                if spacing.hasTakenSibling(id) { siblingsHeld += 1; continue }
                chosenNew.append(id)
                spacing.take(id)
            }
        }
        newHeldBack = fresh.count - chosenNew.count
        newHeldForSiblings = siblingsHeld
        var chosenDue = due.map(\.id)
        if let limit = options.limit {
            chosenDue = Array(chosenDue.prefix(max(0, limit)))
            chosenNew = Array(chosenNew.prefix(max(0, limit - chosenDue.count)))
        }
        queue = chosenDue + chosenNew
        waiting = options.cram ? [] : later
        dueLeft = chosenDue.count
        newLeft = chosenNew.count
        newCards = Set(chosenNew)
    }

    /// The next card to show at `now`, or nil when the session is over.
    public func next(at now: Moment) -> String? {
        if let front { return front }
        if let ready = earliestWaiting(dueBy: now) { return ready }
        if let first = queue.first { return first }
        return earliestWaiting(dueBy: now.adding(options.learnAhead))
    }

    /// When nothing can be shown at `now` but a learning card waits for its step later today:
    /// that card and when it falls due. Nil while `next(at:)` has a card, or when none waits.
    public func nextReturn(at now: Moment) -> (card: String, due: Moment)? {
        guard next(at: now) == nil else { return nil }
        var best: (card: String, due: Moment)? = nil
        for id in waiting {
            guard let due = schedules[id]?.due else { continue }
            if best == nil || due < best!.due { best = (id, due) }
        }
        return best
    }

    private func earliestWaiting(dueBy limit: Moment) -> String? {
        var best: (String, Moment)? = nil
        for id in waiting {
            guard let due = schedules[id]?.due, due <= limit else { continue }
            if best == nil || due < best!.1 { best = (id, due) }
        }
        return best?.0
    }

    /// Cards left: the queue plus learning cards still to come back today.
    public var remaining: Int { queue.count + waiting.count }

    /// Learning cards due later today that this session will not wait for.
    public func waitingLater(at now: Moment) -> Int {
        waiting.filter { (schedules[$0]?.due ?? now) > now.adding(options.learnAhead) }.count
    }

    /// The card's schedule after each possible grade at `now` (for the key labels).
    public func preview(_ card: String, at now: Moment) -> [(rating: Rating, after: CardSchedule)] {
        let before = schedules[card] ?? CardSchedule(newAt: now)
        let seed = Fuzz.cardSeed(card)
        return Rating.allCases.map { ($0, fsrs.review(before, rating: $0, at: now, cardSeed: seed)) }
    }

    /// Grades `card` at `now`. Returns the record to append to the log (nil in cram mode).
    public mutating func grade(_ card: String, _ rating: Rating, at now: Moment, durationMs: Int? = nil, answer: String? = nil, score: Double? = nil) -> ReviewRecord? {
        records(grading: card, rating, at: now, durationMs: durationMs, answer: answer, score: score).first
    }

    /// Grades `card` at `now`; the records to append to the log, in order: the review, then a
    /// leech suspension when this lapse made the card a leech. Empty in cram mode.
    public mutating func records(grading card: String, _ rating: Rating, at now: Moment, durationMs: Int? = nil, answer: String? = nil, score: Double? = nil) -> [ReviewRecord] {
        let before = schedules[card]
        let lapse = !options.cram && LeechRule.isLapse(before: before, rating: rating)
        let lapseCount = (lapses[card] ?? 0) + (lapse ? 1 : 0)
        let leeched = lapse && options.leech.isLeech(lapses: lapseCount) && !suspensions.isSuspended(card)
        undoStack.append(UndoEntry(
            card: card, before: before, queue: queue, waiting: waiting,
            counts: [reviewedCount, againCount, shownCount, newLeft, dueLeft], front: front,
            lapses: lapses[card], leeched: leeched))
        if front == card { front = nil }
        if let position = queue.firstIndex(of: card) {
            queue.remove(at: position)
            if newCards.contains(card) { newLeft -= 1 } else { dueLeft -= 1 }
        }
        waiting.removeAll { $0 == card }
        reviewedCount += 1
        shownCount += 1
        if rating == .again { againCount += 1 }
        if options.cram {
            if rating == .again { queue.append(card) }
            return []
        }
        let after = fsrs.review(before ?? CardSchedule(newAt: now), rating: rating, at: now, cardSeed: Fuzz.cardSeed(card))
        schedules[card] = after
        if lapse { lapses[card] = lapseCount }
        let review = ReviewRecord(card: card, rating: rating, at: now, durationMs: durationMs, answer: answer, score: score)
        if leeched {
            let suspension = ReviewRecord.leechSuspension(card: card, at: now)
            suspensions.apply(suspension)
            return [review, suspension]
        }
        if after.state != .review && after.due < endOfDay { waiting.append(card) }
        return [review]
    }

    /// Suspends `card`: it leaves this session and every later one until unsuspended. Returns
    /// the record to log (nil in cram mode, where nothing is logged).
    public mutating func suspend(_ card: String, at now: Moment) -> ReviewRecord? {
        skip(card)
        guard !options.cram else { return nil }
        let record = ReviewRecord(card: card, kind: .suspend, at: now)
        suspensions.apply(record)
        return record
    }

    /// Buries `card` until the next study day. Returns the record to log (nil in cram mode).
    public mutating func bury(_ card: String, at now: Moment) -> ReviewRecord? {
        skip(card)
        guard !options.cram else { return nil }
        let record = ReviewRecord(card: card, kind: .bury, at: now)
        suspensions.apply(record)
        return record
    }

    /// Drops `card` from this session without grading it.
    public mutating func skip(_ card: String) {
        if front == card { front = nil }
        if let i = queue.firstIndex(of: card) {
            queue.remove(at: i)
            if newCards.contains(card) { newLeft -= 1 } else { dueLeft -= 1 }
        }
        waiting.removeAll { $0 == card }
    }

    public var canUndo: Bool { !undoStack.isEmpty }

    /// Takes back the last grade: the card returns to the front. Returns the undo record to log
    /// (nil in cram mode or when there is nothing to undo), and an unsuspend record when that
    /// grade had made the card a leech.
    public mutating func undo(at now: Moment) -> (card: String, record: ReviewRecord?, unsuspend: ReviewRecord?)? {
        guard let entry = undoStack.popLast() else { return nil }
        queue = entry.queue
        waiting = entry.waiting
        reviewedCount = entry.counts[0]
        againCount = entry.counts[1]
        shownCount = entry.counts[2]
        newLeft = entry.counts[3]
        dueLeft = entry.counts[4]
        front = entry.card
        if options.cram { return (entry.card, nil, nil) }
        schedules[entry.card] = entry.before
        lapses[entry.card] = entry.lapses
        var unsuspend: ReviewRecord? = nil
        if entry.leeched {
            let record = ReviewRecord(card: entry.card, kind: .unsuspend, at: now)
            suspensions.apply(record)
            unsuspend = record
        }
        return (entry.card, ReviewRecord.undo(card: entry.card, at: now), unsuspend)
    }

    /// The earliest due time among this session's cards (the deck under the filters), after the
    /// session; cards never reviewed have none.
    public var nextDue: Moment? {
        var best: Moment? = nil
        for id in candidates {
            if let due = schedules[id]?.due, best == nil || due < best! { best = due }
        }
        return best
    }
}
