/// A review log read into compact arrays: interned card ids and one event per valid line.
public struct ParsedLog: Sendable {
    /// The per-event codes of `eventCode`: 1-4 are reviews with that rating.
    public enum Code {
        public static let undo: UInt8 = 0
        public static let suspend: UInt8 = 5
        public static let unsuspend: UInt8 = 6
        public static let bury: UInt8 = 7
        /// A suspend record with the leech marker.
        public static let leechSuspend: UInt8 = 8

        /// True for a suspension, with or without the leech marker.
        @inline(__always)
        public static func isSuspend(_ code: UInt8) -> Bool { code == suspend || code == leechSuspend }

        /// True for a review (rating 1-4).
        @inline(__always)
        public static func isReview(_ code: UInt8) -> Bool { code &- 1 < 4 }
    }

    /// Card ids in order of first appearance.
    public var cardIDs: [String] = []
    /// Per event: index into `cardIDs`.
    public var eventCard: [Int32] = []
    /// Per event: the rating 1-4 of a review, or a `Code` for the other record kinds.
    public var eventCode: [UInt8] = []
    public var eventAt: [Moment] = []
    /// Per event: its 1-based line number in the file.
    public var eventLine: [Int32] = []
    /// Lines that could not be read: 1-based line number and why.
    public var problems: [(line: Int, message: String)] = []

    public init() {}

    public var eventCount: Int { eventCard.count }

    /// The events at or before `moment` (the log as it stood then), same card ids; the log
    /// itself when nothing is later.
    public func until(_ moment: Moment) -> ParsedLog {
        guard eventAt.contains(where: { $0 > moment }) else { return self }
        var out = ParsedLog()
        out.cardIDs = cardIDs
        out.problems = problems
        for i in 0..<eventCount where eventAt[i] <= moment {
            out.eventCard.append(eventCard[i])
            out.eventCode.append(eventCode[i])
            out.eventAt.append(eventAt[i])
            out.eventLine.append(eventLine[i])
        }
        return out
    }

    /// The latest time in the log, nil when it is empty.
    public var latest: Moment? { eventAt.max() }

    /// Events whose time is earlier than the previous event of the same card (a clock set back,
    /// or `study --now` in the past): the event and that previous time, in file order.
    public func timeReversals() -> [(event: Int, previous: Moment)] {
        var last = [Moment?](repeating: nil, count: cardIDs.count)
        var out: [(event: Int, previous: Moment)] = []
        for i in 0..<eventCount {
            let c = Int(eventCard[i])
            if let previous = last[c], eventAt[i] < previous { out.append((i, previous)) }
            last[c] = eventAt[i]
        }
        return out
    }

    /// Event `i` as a record (without the review's optional fields, which the scan does not keep).
    public func record(_ i: Int) -> ReviewRecord {
        let card = cardIDs[Int(eventCard[i])]
        let code = eventCode[i]
        let kind: ReviewRecord.Kind
        switch code {
        case Code.undo: kind = .undo
        case Code.suspend: kind = .suspend
        case Code.leechSuspend: return ReviewRecord.leechSuspension(card: card, at: eventAt[i])
        case Code.unsuspend: kind = .unsuspend
        case Code.bury: kind = .bury
        default: kind = .review(Rating(rawValue: Int(code))!)
        }
        return ReviewRecord(card: card, kind: kind, at: eventAt[i])
    }
}
