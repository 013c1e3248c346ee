import ReviewLog

/// Card state as the replay of the review log through the scheduler (the log is the truth).
///
/// Reviews are applied in file order. An undo record cancels the latest not-yet-undone review
/// of its card, so replay skips that review entirely. Ids not in the corpus are replayed like any other.
/// Suspend, unsuspend and bury records do not change the memory state and are not replayed here.
public enum Replay {
    /// Which events count: false for undo records, for reviews that a later undo cancelled, and
    /// for the other record kinds.
    public static func effectiveReviews(_ log: ParsedLog) -> [Bool] {
        let n = log.eventCount
        var effective = [Bool](repeating: false, count: n)
        var latest = [Int32](repeating: -1, count: log.cardIDs.count)
        var previous = [Int32](repeating: -1, count: n)
        log.eventCode.withUnsafeBufferPointer { codes in
            log.eventCard.withUnsafeBufferPointer { cards in
                for i in 0..<n {
                    let c = Int(cards[i])
                    if codes[i] == ParsedLog.Code.undo {
                        let last = latest[c]
                        if last >= 0 {
                            effective[Int(last)] = false
                            latest[c] = previous[Int(last)]
                        }
                    } else if ParsedLog.Code.isReview(codes[i]) {
                        effective[i] = true
                        previous[i] = latest[c]
                        latest[c] = Int32(i)
                    }
                }
            }
        }
        return effective
    }

    /// Each card's schedule after the whole log (nil for ids whose reviews were all undone).
    public static func run(_ log: ParsedLog, fsrs: FSRS) -> [CardSchedule?] {
        run(log, fsrs: fsrs) { _ in }
    }

    /// As `run`, calling `visit` after each review (non-escaping, so captured counters stay cheap).
    public static func run(_ log: ParsedLog, fsrs: FSRS, visit: (ReviewEvent) -> Void) -> [CardSchedule?] {
        let effective = effectiveReviews(log)
        var schedules = [CardSchedule?](repeating: nil, count: log.cardIDs.count)
        let seeds = log.cardIDs.map(Fuzz.cardSeed)
        log.eventCode.withUnsafeBufferPointer { codes in
            log.eventCard.withUnsafeBufferPointer { cards in
                log.eventAt.withUnsafeBufferPointer { times in
                    for i in 0..<log.eventCount where effective[i] {
                        let c = Int(cards[i])
                        let at = times[i]
                        let rating = Rating(rawValue: Int(codes[i]))!
                        let before = schedules[c] ?? CardSchedule(newAt: at)
                        let after = fsrs.review(before, rating: rating, at: at, cardSeed: seeds[c])
                        schedules[c] = after
                        visit(ReviewEvent(index: i, card: Int32(c), rating: rating, at: at, before: before, after: after))
                    }
                }
            }
        }
        return schedules
    }

    /// The schedules keyed by card id.
    public static func byID(_ log: ParsedLog, fsrs: FSRS) -> [String: CardSchedule] {
        let schedules = run(log, fsrs: fsrs)
        var out: [String: CardSchedule] = [:]
        out.reserveCapacity(schedules.count)
        for (i, s) in schedules.enumerated() {
            if let s { out[log.cardIDs[i]] = s }
        }
        return out
    }
}
