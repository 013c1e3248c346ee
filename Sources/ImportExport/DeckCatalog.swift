import Corpus
import JSONKit

/// `DeckSet` for large user decks, read from their sidecar indexes (`UserDeckIndex`) instead of their
/// JSON: `list --json` copies stored card bytes, `search` reads stored postings, `study` reads ids, levels
/// and tags and parses only the cards it shows. The results are the same as `DeckSet`'s.
///
/// `load` returns nil when the fast path cannot promise that: a deck without a usable index, a name in
/// `only` that is not a deck, a card id used twice across decks, or a merge into a user deck's card (only
/// merges into built-in cards are applied here, as `DeckSet` applies them). Callers then use `DeckSet`.
public struct DeckCatalog {
    /// The built-in cards (none when `only` leaves the built-in deck out), with merges applied.
    public let builtin: [Card]
    public let decks: [(name: String, index: UserDeckIndex)]
    public var count: Int { decks.reduce(builtin.count) { $0 + $1.index.count } }
    /// Each card's place (built-in cards first, then each deck's in order) by the hash of its id.
    let places: [Int: Int]
    /// Where each deck's cards start among the places.
    let starts: [Int]

    public static func load(builtin deck: Deck, store: UserDeckStore, only: [String] = []) -> DeckCatalog? {
        let names = store.names()
        for name in only where name != DeckSet.builtinName && !names.contains(name) { return nil }
        var decks: [(name: String, index: UserDeckIndex)] = []
        for name in names where only.isEmpty || only.contains(name) {
            guard let index = store.index(name) else { return nil }
            decks.append((name, index))
        }
        let withBuiltin = only.isEmpty || only.contains(DeckSet.builtinName)
        // Every id once: DeckSet would drop a repeated one (two ids with one hash also take the full load).
        var places: [Int: Int] = [:]
        places.reserveCapacity(deck.cards.count + decks.reduce(0) { $0 + $1.index.count })
        var builtinIDs = Set<String>()
        if withBuiltin {
            for (k, c) in deck.cards.enumerated() where places.updateValue(k, forKey: hash(c.id)) == nil { builtinIDs.insert(c.id) }
            guard builtinIDs.count == deck.cards.count else { return nil }
        }
        var next = builtinIDs.count
        for d in decks {
            for i in 0..<d.index.count {
                guard places.updateValue(next, forKey: hash(d.index.idBytes(i))) == nil else { return nil }
                next += 1
            }
        }
        let merged = decks.flatMap(\.index.merged)
        for m in merged where !builtinIDs.contains(m.into) && places[hash(m.into)] != nil { return nil }
        let cards: [Card]
        if withBuiltin {
            cards = merged.isEmpty ? deck.cards : DeckSet(builtin: deck, userDecks: [UserDeck(name: "merged", merged: merged)]).deck.cards
        } else {
            cards = []
        }
        var starts: [Int] = []
        var start = cards.count
        for d in decks {
            starts.append(start)
            start += d.index.count
        }
        return DeckCatalog(builtin: cards, decks: decks, places: places, starts: starts)
    }

    static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        var h = Hasher()
        h.combine(bytes: bytes)
        return h.finalize()
    }

    static func hash(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }

    /// `list --json` without filters: every card as a compact JSON array, and a newline.
    public func listJSON() -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        out.reserveCapacity(decks.reduce(2) { $0 + $1.index.cardsJSON.count + 1 })
        for c in builtin {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out += c.json.compactBytes
        }
        for d in decks where d.index.count > 0 {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out += d.index.cardsJSON
        }
        out += [UInt8(ascii: "]"), 0x0A]
        return out
    }

    /// The ids of the cards with `level` (if given) and every tag in `tags`, in deck order.
    public func ids(level: Level?, tags: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(count)
        for c in builtin where (level == nil || c.level == level) && tags.allSatisfy(c.tags.contains) { out.append(c.id) }
        for d in decks {
            for i in 0..<d.index.count where level == nil || d.index.level(i) == level {
                if !tags.isEmpty {
                    let own = d.index.tags(i)
                    guard tags.allSatisfy(own.contains) else { continue }
                }
                out.append(d.index.id(i))
            }
        }
        return out
    }

    /// True when some card has `tag`.
    public func hasTag(_ tag: String) -> Bool {
        builtin.contains { $0.tags.contains(tag) } || decks.contains { $0.index.hasTag(tag) }
    }

    /// Each card's id and tags, in deck order, for the cards with `level` (if given) and any of `tags`
    /// (every card when `tags` is empty), as `stats` needs them.
    public func idsAndTags(level: Level?, anyOf tags: [String]) -> [(id: String, tags: [String])] {
        var out: [(id: String, tags: [String])] = []
        out.reserveCapacity(count)
        for c in builtin where (level == nil || c.level == level) && (tags.isEmpty || c.tags.contains(where: tags.contains)) {
            out.append((c.id, c.tags))
        }
        for d in decks {
            for i in 0..<d.index.count where level == nil || d.index.level(i) == level {
                let own = d.index.tags(i)
                if tags.isEmpty || own.contains(where: tags.contains) { out.append((d.index.id(i), own)) }
            }
        }
        return out
    }

    /// Where the card with `id` is: a built-in card's index (`deck` nil), or a user deck's and the card's
    /// index in it. A hash lookup, checked against the stored id.
    public func place(_ id: String) -> (deck: Int?, index: Int)? {
        guard let k = places[Self.hash(id)] else { return nil }
        if k < builtin.count { return builtin[k].id == id ? (nil, k) : nil }
        guard let d = starts.lastIndex(where: { $0 <= k }) else { return nil }
        let i = k - starts[d]
        return decks[d].index.idBytes(i).elementsEqual(id.utf8) ? (d, i) : nil
    }

    /// The card with `id`, parsed from its stored JSON when it is a user deck's.
    public func card(_ id: String) -> Card? {
        guard let (d, i) = place(id) else { return nil }
        guard let d else { return builtin[i] }
        return decks[d].index.card(i)
    }

    /// `CardSearch(cards:).search(query, limit:)` over every card, from the stored postings.
    public func search(_ query: String, limit: Int = 20) -> [CardSearch.Hit] {
        let terms = Array(Set(CardSearch.words(query)))
        guard !terms.isEmpty else { return [] }
        let n = Double(count)
        // Built-in cards are counted here; user cards come from their index.
        var builtinQ: [[String: Int]] = [], builtinB: [[String: Int]] = []
        var qLengths: [Double] = [], bLengths: [Double] = []
        var qTotal = 0, bTotal = 0
        for c in builtin {
            let texts = CardSearch.fieldTexts(c)
            let q = CardSearch.words(texts.question), b = CardSearch.words(texts.body)
            var qc: [String: Int] = [:], bc: [String: Int] = [:]
            for w in q { qc[w, default: 0] += 1 }
            for w in b { bc[w, default: 0] += 1 }
            builtinQ.append(qc); builtinB.append(bc)
            qLengths.append(Double(q.count)); bLengths.append(Double(b.count))
            qTotal += q.count; bTotal += b.count
        }
        var offsets: [Int] = []
        var offset = builtin.count
        for d in decks {
            offsets.append(offset)
            offset += d.index.count
            for i in 0..<d.index.count {
                qTotal += d.index.questionLength(i)
                bTotal += d.index.bodyLength(i)
            }
        }
        let qAverage = max(1, Double(qTotal) / Double(max(1, count)))
        let bAverage = max(1, Double(bTotal) / Double(max(1, count)))

        // Per term: (card, count in question, count in body) over every card that has it.
        var postings: [[(card: Int, q: Int, b: Int)]] = []
        for t in terms {
            var list: [(card: Int, q: Int, b: Int)] = []
            for (i, _) in builtin.enumerated() {
                let q = builtinQ[i][t] ?? 0, b = builtinB[i][t] ?? 0
                if q > 0 || b > 0 { list.append((i, q, b)) }
            }
            for (k, d) in decks.enumerated() {
                for p in d.index.postings(t) { list.append((offsets[k] + p.card, p.question, p.body)) }
            }
            postings.append(list)
        }
        func length(_ card: Int, question: Bool) -> Double {
            if card < builtin.count { return question ? qLengths[card] : bLengths[card] }
            var k = decks.count - 1
            while offsets[k] > card { k -= 1 }
            let i = card - offsets[k]
            return Double(question ? decks[k].index.questionLength(i) : decks[k].index.bodyLength(i))
        }
        // Each card's field scores summed over the terms in the same order as CardSearch does.
        var scores: [Int: (q: Double, b: Double)] = [:]
        for (t, list) in postings.enumerated() {
            _ = t
            let qdf = Double(list.reduce(0) { $0 + ($1.q > 0 ? 1 : 0) })
            let bdf = Double(list.reduce(0) { $0 + ($1.b > 0 ? 1 : 0) })
            for p in list {
                var s = scores[p.card] ?? (0, 0)
                if p.q > 0 {
                    s.q += CardSearch.termScore(tf: Double(p.q), df: qdf, n: n, length: length(p.card, question: true), averageLength: qAverage)
                }
                if p.b > 0 {
                    s.b += CardSearch.termScore(tf: Double(p.b), df: bdf, n: n, length: length(p.card, question: false), averageLength: bAverage)
                }
                scores[p.card] = s
            }
        }
        var hits: [(Int, Double)] = []
        for (card, s) in scores {
            let score = 2 * s.q + s.b
            if score > 0 { hits.append((card, score)) }
        }
        hits.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        return hits.prefix(limit).compactMap { hit in
            let card: Card?
            if hit.0 < builtin.count {
                card = builtin[hit.0]
            } else {
                var k = decks.count - 1
                while offsets[k] > hit.0 { k -= 1 }
                card = decks[k].index.card(hit.0 - offsets[k])
            }
            return card.map { CardSearch.Hit(card: $0, score: hit.1) }
        }
    }
}
