import Corpus

/// `--tag` and `--level`, as every card-choosing command reads them.
struct CardFilter {
    var tags: [String]
    var level: Level?

    init(_ args: Arguments) throws(CLIError) {
        tags = args.options("--tag").map { $0.lowercased() }
        if let text = args.option("--level") {
            guard let level = Level(rawValue: text.lowercased()) else {
                throw .usage("--level must be basic, intermediate or advanced, got '\(text)'")
            }
            self.level = level
        }
    }

    /// True when nothing is filtered out.
    var isEmpty: Bool { tags.isEmpty && level == nil }

    func apply(_ cards: [Card]) -> [Card] {
        cards.filter { card in
            (level == nil || card.level == level) && tags.allSatisfy { card.tags.contains($0) }
        }
    }
}
