import ReviewLog

/// Which cards are out of study, from the log's suspend, unsuspend and bury records in file order.
///
/// A suspended card stays out until an unsuspend record; a buried card stays out for the rest of
/// the study day it was buried on (the day boundary is the reader's `DayClock`, so `--day-start`
/// applies as in study). An unsuspend brings a card fully back: it cancels a suspension and a
/// bury. A suspension made because the card became a leech carries the leech marker.
public struct Suspensions: Sendable, Equatable {
    /// When and why a card was suspended.
    public struct Suspension: Sendable, Equatable {
        public var at: Moment
        /// Suspended automatically because it lapsed too often.
        public var leech: Bool
    }

    public private(set) var suspended: [String: Suspension] = [:]
    /// The latest bury time of each card not unsuspended since.
    public private(set) var buried: [String: Moment] = [:]

    public init() {}

    /// Replays every suspend, unsuspend and bury record of the log.
    public init(log: ParsedLog) {
        for i in 0..<log.eventCount {
            let code = log.eventCode[i]
            guard !ParsedLog.Code.isReview(code), code != ParsedLog.Code.undo else { continue }
            apply(log.record(i))
        }
    }

    /// Takes one record into account (reviews and undos change nothing here).
    public mutating func apply(_ record: ReviewRecord) {
        switch record.kind {
        case .suspend: suspended[record.card] = Suspension(at: record.at, leech: record.leech)
        case .unsuspend:
            suspended[record.card] = nil
            buried[record.card] = nil
        case .bury: buried[record.card] = record.at
        case .review, .undo: break
        }
    }

    public func isSuspended(_ id: String) -> Bool { suspended[id] != nil }

    /// Suspended as a leech (and not unsuspended since).
    public func isLeech(_ id: String) -> Bool { suspended[id]?.leech == true }

    /// Buried on the study day of `now` (or later).
    public func isBuried(_ id: String, now: Moment, clock: DayClock) -> Bool {
        guard let at = buried[id] else { return false }
        return clock.day(of: at) >= clock.day(of: now)
    }

    /// Out of study at `now`: suspended or buried today.
    public func isExcluded(_ id: String, now: Moment, clock: DayClock) -> Bool {
        isSuspended(id) || isBuried(id, now: now, clock: clock)
    }

    /// Suspended ids, sorted.
    public var suspendedIDs: [String] { suspended.keys.sorted() }

    /// Leech ids, sorted.
    public var leechIDs: [String] { suspended.filter { $0.value.leech }.keys.sorted() }

    /// The records that `dlquiz suspend|unsuspend|bury IDS` appends, and the ids left alone
    /// because they already are that way (suspended; not suspended nor buried; buried today).
    /// Each id at most once.
    public func changes(_ kind: ReviewRecord.Kind, ids: [String], at now: Moment, clock: DayClock)
        -> (records: [ReviewRecord], unchanged: [String])
    {
        var records: [ReviewRecord] = []
        var unchanged: [String] = []
        var seen: Set<String> = []
        for id in ids where seen.insert(id).inserted {
            let already: Bool
            switch kind {
            case .suspend: already = isSuspended(id)
            case .unsuspend: already = !isSuspended(id) && !isBuried(id, now: now, clock: clock)
            case .bury: already = isBuried(id, now: now, clock: clock)
            case .review, .undo: already = true
            }
            if already { unchanged.append(id) } else { records.append(ReviewRecord(card: id, kind: kind, at: now)) }
        }
        return (records, unchanged)
    }
}
