import ReviewLog

/// When a card becomes a leech: Anki's rule. A lapse is an Again on a card in review state; the
/// card is a leech when its lapses reach `threshold` (default 8), and again every half threshold
/// after that (so a leech that was unsuspended and keeps failing is caught again).
public struct LeechRule: Sendable, Equatable {
    public var threshold: Int

    public static let defaultThreshold = 8

    public init(threshold: Int = LeechRule.defaultThreshold) { self.threshold = threshold }

    /// True when the lapse that brought the count to `lapses` makes the card a leech.
    public func isLeech(lapses: Int) -> Bool {
        guard threshold > 0, lapses >= threshold else { return false }
        let every = max(1, threshold / 2)
        return (lapses - threshold) % every == 0
    }

    /// True when a grade is a lapse: Again on a card in review state.
    public static func isLapse(before: CardSchedule?, rating: Rating) -> Bool {
        rating == .again && before?.state == .review
    }
}
