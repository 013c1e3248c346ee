import Corpus
#if canImport(Glibc)
import Glibc
#endif

/// What `study` needs of every card, read from the sidecar indexes (`DeckCatalog`) so that a session over a
/// 50,000-card user deck starts without parsing the deck: each card's id, level rank and topic (first tag)
/// in deck order, which cards pass `--tag`, the sibling texts (`CardSiblings.text`) for keeping siblings
/// apart (`siblingFinder`), and the cards themselves, parsed one at a time when shown (`card`).
public struct StudyCatalog {
    /// One card as the study queue sees it.
    public struct Item: Sendable {
        public var id: String
        public var level: Level
        public var topic: String
        /// It has one of the wanted tags (true when none is wanted).
        public var tagged: Bool
    }

    public let catalog: DeckCatalog
    /// Every card, built-in first, then the user decks in order.
    public let items: [Item]
    let builtinTexts: [String]

    /// The cards of `catalog`; `tags` are the wanted tags in lower case (any of them).
    public init(_ catalog: DeckCatalog, tags: [String] = []) {
        self.catalog = catalog
        let wanted = tags.map { Array($0.utf8) }
        var items: [Item] = []
        items.reserveCapacity(catalog.count)
        for c in catalog.builtin {
            items.append(Item(id: c.id, level: c.level, topic: c.tags.first ?? "", tagged: wanted.isEmpty || c.tags.contains { wanted.contains(Array($0.utf8)) }))
        }
        for d in catalog.decks {
            let index = d.index
            for i in 0..<index.count {
                let id = index.id(i)
                let tags = index.tagBytes(i)
                let first = tags.firstIndex(of: 0x0A) ?? tags.endIndex
                var tagged = wanted.isEmpty
                if !tagged && !tags.isEmpty {
                    tagged = tags.split(separator: 0x0A, omittingEmptySubsequences: false).contains { t in wanted.contains { $0.elementsEqual(t) } }
                }
                items.append(Item(id: id, level: index.level(i), topic: String(decoding: UnsafeRawBufferPointer(rebasing: tags[..<first]), as: UTF8.self), tagged: tagged))
            }
        }
        self.items = items
        builtinTexts = catalog.builtin.map(CardSiblings.text)
    }

    /// The card with `id`, parsed from its stored JSON when it is a user deck's.
    public func card(_ id: String) -> Card? { catalog.card(id) }

    /// True when some card has `tag`.
    public func hasTag(_ tag: String) -> Bool { catalog.hasTag(tag) }

    /// The sibling relation over every card (`CardSiblings.compute`'s), read lazily from the stored texts.
    public func siblingFinder() -> SiblingFinder {
        SiblingFinder(
            text: { id in
                guard let (d, i) = catalog.place(id) else { return nil }
                guard let d else { return builtinTexts[i] }
                return catalog.decks[d].index.siblingText(i)
            },
            naming: { subject, excluding, limit in
                let own = catalog.place(excluding)
                var n = 0
                for (k, t) in builtinTexts.enumerated() where n < limit && !(own?.deck == nil && own?.index == k) && t.contains(subject) { n += 1 }
                for (d, deck) in catalog.decks.enumerated() where n < limit {
                    n += deck.index.naming(subject, excluding: own?.deck == d ? own?.index : nil, limit: limit - n)
                }
                return n
            })
    }
}
