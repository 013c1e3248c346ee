/// A small seeded random number generator (Steele, Lea & Flood's SplitMix64): the same seed gives
/// the same sequence on every machine, unlike the system generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A seed from a signed number, e.g. `--seed -3`.
    public init(seed: Int) { state = UInt64(bitPattern: Int64(seed)) }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), from the top 53 bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * nextUnit() }

    /// Standard normal, by the Box–Muller transform.
    public mutating func normal() -> Double {
        let u1 = 1 - nextUnit()  // in (0, 1], so log is finite
        let u2 = nextUnit()
        return (-2 * Elementary.log(u1)).squareRoot() * Elementary.cos(2 * Double.pi * u2)
    }

    /// A generator for a sub-task, so adding draws to one part does not shift another.
    public mutating func split() -> SplitMix64 { SplitMix64(seed: next()) }
}
