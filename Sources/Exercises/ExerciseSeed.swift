import TinyTensor

/// The seed of the instance a study session shows: derived from the card id and how many reviews the
/// card has had, so replaying the log shows the same numbers, and each review brings new ones.
public enum ExerciseSeed {
    /// A seed in 0..<1,000,000, short enough to type after `--seed`.
    public static func forReview(cardID: String, priorReviews: Int) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a over the id's bytes
        for b in cardID.utf8 {
            hash ^= UInt64(b)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var mixer = SplitMix64(seed: hash &+ UInt64(max(0, priorReviews)) &* 0x9E37_79B9_7F4A_7C15)
        return Int(mixer.next() % 1_000_000)
    }

    /// A seed from a clock reading, for `dlquiz exercise NAME` without `--seed` (it prints the seed).
    public static func fromClock(micros: Int64) -> Int {
        var mixer = SplitMix64(seed: UInt64(bitPattern: micros))
        return Int(mixer.next() % 1_000_000)
    }
}
