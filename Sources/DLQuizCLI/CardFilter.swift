import Corpus

/// `--tag` and `--level`, as every card-choosing command declares and reads them.
struct CardFilter {
    var tags: [String] = []
    var level: Level? = nil

    static let arguments: [Argument<CardFilter>] = [
        .option(\.tags, "--tag", "TAG", kind: .tag, help: "Only cards with this tag (see: dlquiz tags)."),
        .option(\.level, "--level", "LEVEL", help: "Only cards of this level: basic, intermediate, advanced."),
    ]

    /// True when nothing is filtered out.
    var isEmpty: Bool { tags.isEmpty && level == nil }

    func apply(_ cards: [Card]) -> [Card] {
        let wanted = tags.map { $0.lowercased() }
        return cards.filter { card in
            (level == nil || card.level == level) && wanted.allSatisfy { card.tags.contains($0) }
        }
    }
}
