/// A key point the answer made, with the answer's words that made it.
public struct KeyPointHit: Equatable, Sendable {
    /// The key point's text.
    public var point: String
    /// The words of the answer that matched, as written (lower-cased), in answer order.
    public var matched: [String]
    public var weight: Double

    public init(point: String, matched: [String], weight: Double = 1) {
        self.point = point
        self.matched = matched
        self.weight = weight
    }
}
