import TinyTensor

/// The numbers of one exercise instance, drawn from SplitMix64 so a seed gives the same instance on
/// every machine and every Swift version (the standard library's `random(in:)` promises neither).
public struct ExerciseRandom: Sendable {
    private var generator: SplitMix64

    public init(seed: Int) { generator = SplitMix64(seed: seed) }

    /// A whole number in `range`, uniform up to a modulo bias far below anything a quiz could notice.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(generator.next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    public mutating func bool() -> Bool { generator.next() & 1 == 1 }

    /// `k / scale` for a whole k in `range`: e.g. tenths(-30...30) gives -3.0, -2.9, ... 3.0, written
    /// exactly as a person would type them (the division of two exact integers rounds once).
    public mutating func decimal(_ range: ClosedRange<Int>, scale: Int) -> Double {
        Double(int(range)) / Double(scale)
    }
}
