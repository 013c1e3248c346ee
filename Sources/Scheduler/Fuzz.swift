import ReviewLog

/// Interval fuzz as py-fsrs 6.3.2 applies it, with its `random()` replaced by a number derived
/// from the card and the review, so replaying a log always gives the same due dates.
///
/// The uniform number: FNV-1a 64 of the card id's UTF-8 bytes, xor the card's review ordinal
/// (how many reviews came before this one) times the golden-ratio constant, xor the rating,
/// through the SplitMix64 finaliser; its top 53 bits divided by 2^53 give u in [0, 1).
/// Using the ordinal rather than the clock makes the intervals shown on the grade keys the
/// ones that are applied, however long the user takes to press the key.
public enum Fuzz {
    /// (start, end, factor) bands, as in py-fsrs FUZZ_RANGES.
    static let ranges: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05),
    ]

    /// The smallest and largest fuzzed interval for `days` (py-fsrs `_get_fuzz_range`).
    public static func range(days: Int, maximumInterval: Int) -> (min: Int, max: Int) {
        var delta = 1.0
        for r in ranges {
            delta += r.factor * max(min(Double(days), r.end) - r.start, 0.0)
        }
        var lo = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var hi = Int((Double(days) + delta).rounded(.toNearestOrEven))
        lo = max(2, lo)
        hi = min(hi, maximumInterval)
        lo = min(lo, hi)
        return (lo, hi)
    }

    /// The fuzzed interval for `days` given a uniform `u` in [0, 1) (py-fsrs `_get_fuzzed_interval`).
    public static func apply(days: Int, u: Double, maximumInterval: Int) -> Int {
        if Double(days) < 2.5 { return days }
        let (lo, hi) = range(days: days, maximumInterval: maximumInterval)
        let fuzzed = u * Double(hi - lo + 1) + Double(lo)
        return min(Int(fuzzed.rounded(.toNearestOrEven)), maximumInterval)
    }

    /// The deterministic stand-in for `random()`.
    public static func uniform(card: String, ordinal: Int, rating: Rating) -> Double {
        uniform(cardSeed: cardSeed(card), ordinal: ordinal, rating: rating)
    }

    /// FNV-1a 64 of the id's UTF-8 bytes; computed once per card during a replay.
    public static func cardSeed(_ card: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in card.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    public static func uniform(cardSeed: UInt64, ordinal: Int, rating: Rating) -> Double {
        var h = cardSeed
        h ^= UInt64(ordinal + 1) &* 0x9e37_79b9_7f4a_7c15
        h ^= UInt64(rating.rawValue)
        h ^= h >> 30
        h = h &* 0xbf58_476d_1ce4_e5b9
        h ^= h >> 27
        h = h &* 0x94d0_49bb_1331_11eb
        h ^= h >> 31
        return Double(h >> 11) * 0x1.0p-53
    }
}
