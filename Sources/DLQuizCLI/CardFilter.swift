import Corpus

/// `--tag` and `--level`, as every card-choosing command declares and reads them.
///
/// A repeated `--tag` means any of them (OR), as most tools read a repeated filter; `--level`
/// narrows that further (AND).
struct CardFilter {
    var tags: [String] = []
    var level: Level? = nil

    static let arguments: [Argument<CardFilter>] = [
        .option(\.tags, "--tag", "TAG", kind: .tag, help: "Only cards with this tag; repeat for any of several (see: dlquiz tags)."),
        .option(\.level, "--level", "LEVEL", help: "Only cards of this level: basic, intermediate, advanced."),
    ]

    /// True when nothing is filtered out.
    var isEmpty: Bool { tags.isEmpty && level == nil }

    /// Fails on a tag the deck does not have, naming the closest and every tag (one line, exit 1).
    func check(_ deck: Deck) throws(CLIError) {
        let known = deck.tagCounts.map(\.tag)
        for tag in tags.map({ $0.lowercased() }) where !known.contains(tag) {
            let close = closestIDs(to: tag, among: known, limit: 2)
            let hint = close.isEmpty ? "" : "did you mean: \(close.joined(separator: ", "))? "
            throw .failure("unknown tag '\(tag)' (\(hint)tags: \(known.sorted().joined(separator: ", ")))")
        }
    }

    func apply(_ cards: [Card]) -> [Card] {
        let wanted = Set(tags.map { $0.lowercased() })
        return cards.filter { card in
            (level == nil || card.level == level) && (wanted.isEmpty || card.tags.contains { wanted.contains($0) })
        }
    }
}
