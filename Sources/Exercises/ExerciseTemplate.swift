import Corpus

/// An exercise card's template: what it asks (in general), how to solve it, where it sits in the deck,
/// and how to draw one instance from a seed.
public struct ExerciseTemplate: Sendable {
    /// The name used by `dlquiz exercise NAME`; the card id is `exercise-<name>`.
    public let name: String
    /// The card's question in general terms, e.g. "Output size of a Conv2d layer".
    public let title: String
    /// How to solve any instance: the card's answer and `show`'s method.
    public let method: String
    public let tags: [String]
    public let level: Level
    /// The concept cards this exercise practises.
    public let practises: [String]
    let draw: @Sendable (inout ExerciseRandom, Int) -> Exercise

    init(name: String, title: String, method: String, tags: [String], level: Level, practises: [String],
         draw: @escaping @Sendable (inout ExerciseRandom, Int) -> Exercise) {
        self.name = name
        self.title = title
        self.method = method
        self.tags = tags
        self.level = level
        self.practises = practises
        self.draw = draw
    }

    public var cardID: String { ExerciseCatalog.cardPrefix + name }

    /// The instance for `seed`: the same seed gives the same instance everywhere.
    public func instance(seed: Int) -> Exercise {
        var random = ExerciseRandom(seed: seed)
        return draw(&random, seed)
    }
}
