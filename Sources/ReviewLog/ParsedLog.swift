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
    /// Lines that could not be read: 1-based line number and why.
    public var problems: [(line: Int, message: String)] = []

    public init() {}

    public var eventCount: Int { eventCard.count }

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
