/// What an option's or a positional's value is, for help and for generated shell completions.
public enum ValueKind: Equatable, Sendable {
    case integer
    case number
    case text
    case file
    case directory
    /// An ISO 8601 time, e.g. 2026-03-01T10:00:00Z.
    case time
    /// Comma-separated durations, e.g. 1m,10m.
    case durations
    /// A card id of the deck.
    case cardID
    /// A topic tag of the deck.
    case tag
    /// A demo name from the demo registry.
    case demoName
    /// One of a fixed set of words.
    case choice([String])
}
