import ReviewLog

/// A review log as fsrs-rs trains on it: each card's effective reviews (undo records and the
/// reviews they cancel left out) with elapsed time in whole study days, and the training items.
///
/// An item is one review after a card's first whose elapsed study days are more than 0, taken with
/// the card's whole history before it (as Anki builds `FSRSItem`s): same-day reviews shape the
/// memory state but are never predicted. Items are in the order of their review times, which is
/// what fsrs-rs's recency weighting expects.
public struct TrainingSet: Sendable {
    /// Card `c`'s reviews are at flat positions `cardStart[c] ..< cardStart[c + 1]`.
    public var cardStart: [Int] = [0]
    /// Per review: study days since the card's previous review (0 for its first and same-day ones).
    public var delta: [Int32] = []
    /// Per review: the rating 1-4.
    public var rating: [UInt8] = []
    /// Flat positions of the items, in order of review time.
    public var items: [Int32] = []
    /// Per item: its card.
    public var itemCard: [Int32] = []
    /// Card ids, as in the log.
    public var cardIDs: [String] = []

    public init() {}

    /// Effective reviews in the log.
    public var reviewCount: Int { delta.count }
    /// Cards with at least one effective review.
    public var cardCount: Int {
        var n = 0
        for c in 0..<(cardStart.count - 1) where cardStart[c + 1] > cardStart[c] { n += 1 }
        return n
    }

    /// Builds the set from a parsed log; study days come from `clock` (day start, time zone).
    /// Reviews keep the log's order within a card; a time earlier than the card's previous review
    /// counts as the same study day.
    public init(log: ParsedLog, clock: DayClock) {
        let effective = Replay.effectiveReviews(log)
        let cards = log.cardIDs.count
        cardIDs = log.cardIDs
        var counts = [Int](repeating: 0, count: cards)
        for i in 0..<log.eventCount where effective[i] { counts[Int(log.eventCard[i])] += 1 }
        cardStart = [Int](repeating: 0, count: cards + 1)
        for c in 0..<cards { cardStart[c + 1] = cardStart[c] + counts[c] }
        let total = cardStart[cards]
        delta = [Int32](repeating: 0, count: total)
        rating = [UInt8](repeating: 0, count: total)
        var fill = Array(cardStart.dropLast())
        var lastDay = [Int](repeating: Int.min, count: cards)
        var keyed: [(at: Int64, index: Int, position: Int32, card: Int32)] = []
        keyed.reserveCapacity(total)
        for i in 0..<log.eventCount where effective[i] {
            let c = Int(log.eventCard[i])
            let p = fill[c]
            fill[c] += 1
            let day = clock.day(of: log.eventAt[i])
            rating[p] = log.eventCode[i]  // effective events are reviews: the code is the rating
            if lastDay[c] != Int.min {
                let d = max(0, day - lastDay[c])
                delta[p] = Int32(clamping: d)
                if d > 0 { keyed.append((log.eventAt[i].micros, i, Int32(p), Int32(c))) }
                lastDay[c] = max(lastDay[c], day)
            } else {
                lastDay[c] = day
            }
        }
        keyed.sort { $0.at != $1.at ? $0.at < $1.at : $0.index < $1.index }
        items = keyed.map(\.position)
        itemCard = keyed.map(\.card)
    }

    /// The card's first review position.
    @inline(__always) func start(ofCard c: Int) -> Int { cardStart[c] }

    /// Position of an item within its card (0 = the card's first review); the item has that many
    /// reviews of history, so its length as an fsrs-rs item is this plus one.
    @inline(__always) func indexInCard(item k: Int) -> Int { Int(items[k]) - cardStart[Int(itemCard[k])] }
}
