/// The order in which a study day introduces new cards (`study --order`).
///
/// - `deck`: as the deck lists them.
/// - `basic-first` (the default): basic cards, then intermediate, then advanced; within a level the
///   cards are spread across tags (one from each tag in turn), so a day's new cards are not all
///   one topic.
/// - `spread`: spread across tags over the whole deck, levels mixed.
/// - `random`: a seeded shuffle (the same seed gives the same order).
///
/// Sibling cards (see `Corpus.CardSiblings`) are kept apart when the day's new cards are picked
/// (`StudySession`), whatever the order.
public enum NewCardOrder: String, CaseIterable, Sendable {
    case deck
    case basicFirst = "basic-first"
    case random
    case spread

    /// What the order needs to know of a new card.
    public struct Item: Sendable, Equatable {
        public var id: String
        /// 0 basic, 1 intermediate, 2 advanced.
        public var level: Int
        /// The card's first tag (its main topic), or "" when it has none.
        public var topic: String

        public init(id: String, level: Int, topic: String) {
            self.id = id
            self.level = level
            self.topic = topic
        }
    }

    /// The ids of `items` in this order.
    public func arrange(_ items: [Item], seed: UInt64) -> [String] {
        switch self {
        case .deck: return items.map(\.id)
        case .spread: return NewCardOrder.roundRobin(items).map(\.id)
        case .basicFirst:
            let levels = Set(items.map(\.level)).sorted()
            return levels.flatMap { level in NewCardOrder.roundRobin(items.filter { $0.level == level }).map(\.id) }
        case .random:
            var rng = SeededRandom(seed: seed)
            return items.map(\.id).seededShuffle(&rng)
        }
    }

    /// One card from each topic in turn (topics in order of first appearance), keeping each
    /// topic's own order.
    static func roundRobin(_ items: [Item]) -> [Item] {
        var topics: [String: Int] = [:]
        var groups: [[Item]] = []
        for item in items {
            if let t = topics[item.topic] {
                groups[t].append(item)
            } else {
                topics[item.topic] = groups.count
                groups.append([item])
            }
        }
        var out: [Item] = []
        out.reserveCapacity(items.count)
        // Topics still holding cards, in order of first appearance: each round takes one from each.
        var active = Array(groups.indices)
        var round = 0
        while !active.isEmpty {
            for t in active { out.append(groups[t][round]) }
            round += 1
            active.removeAll { groups[$0].count <= round }
        }
        return out
    }
}
