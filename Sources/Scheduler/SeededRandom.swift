/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64): the same seed gives
/// the same numbers on every machine. Orders new cards (`--order random`) and picks interview
/// questions.
public struct SeededRandom: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Array {
    /// The elements in a seeded random order (Fisher-Yates).
    public func seededShuffle(_ rng: inout SeededRandom) -> [Element] {
        var out = self
        if out.count > 1 {
            for i in stride(from: out.count - 1, to: 0, by: -1) {
                out.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
        }
        return out
    }
}
