/// A review log read into compact arrays: interned card ids and one event per valid line.
public struct ParsedLog: Sendable {
    /// Card ids in order of first appearance.
    public var cardIDs: [String] = []
    /// Per event: index into `cardIDs`.
    public var eventCard: [Int32] = []
    /// Per event: the rating 1-4, or 0 for an undo record.
    public var eventRating: [UInt8] = []
    public var eventAt: [Moment] = []
    /// Lines that could not be read: 1-based line number and why.
    public var problems: [(line: Int, message: String)] = []

    public init() {}

    public var eventCount: Int { eventCard.count }
}
