/// What FSRS knows of a card's memory: stability (days until recall falls to 90%) and
/// difficulty (1-10). The two always change together, so they travel together.
public struct MemoryState: Equatable, Sendable {
    public var stability: Double
    public var difficulty: Double

    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}
