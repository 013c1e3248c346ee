/// The tests' reproducible random numbers: one 64-bit linear congruential step per draw (Knuth's MMIX
/// constants), so a generated input list is the same on every run and machine.
public struct SeededRandom {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A number in 0..<n.
    public mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
}
