import CorpusData
import Platform
import JSONKit

/// A loaded corpus: `version` and `cards`, with lookup by id.
public struct Deck: Sendable {
    public var version: Int
    public var cards: [Card]
    /// Retired ids and the card that now holds their question (a card merged into another). Reviews
    /// logged under a retired id count for that card, and lookups by a retired id find it.
    public var aliases: [String: String]
    private var positions: [String: Int]

    public init(version: Int = 1, cards: [Card], aliases: [String: String] = [:]) {
        self.version = version
        self.cards = cards
        self.aliases = aliases
        var positions: [String: Int] = [:]
        for (i, c) in cards.enumerated() { positions[c.id] = i }
        self.positions = positions
    }

    /// The card with this id, or the card a retired id now points to.
    public subscript(id: String) -> Card? { (positions[id] ?? aliases[id].flatMap { positions[$0] }).map { cards[$0] } }

    /// The current id for `id`: itself, or the card a retired id was merged into.
    public func canonicalID(_ id: String) -> String { positions[id] == nil ? aliases[id] ?? id : id }

    /// The deck compiled into the binary.
    public static func embedded() throws(CorpusError) -> Deck {
        let bytes = UnsafeBufferPointer(start: dlquiz_corpus_bytes(), count: dlquiz_corpus_length())
        return try parse(bytes: bytes, name: "built-in corpus")
    }

    /// The raw bytes of the embedded corpus.json.
    public static var embeddedBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: dlquiz_corpus_bytes(), count: dlquiz_corpus_length())
    }

    /// What `dlquiz list --json` prints for the built-in deck (exercise cards included, newline-ended):
    /// Data/corpus-list.json, written by `dlquiz corpus build` and compiled in beside the corpus, so
    /// that command writes these bytes and does no JSON work. A test holds it equal to serialising
    /// `ExerciseDeck.adding(to: embedded())` (`ExerciseDeck.listJSON`).
    public static var embeddedListJSON: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: dlquiz_corpus_list_bytes(), count: dlquiz_corpus_list_length())
    }

    /// Reads a deck file; errors name the file and the line and column.
    public static func load(path: String) throws(CorpusError) -> Deck {
        guard let data = FileSystem.contents(atPath: path) else {
            throw CorpusError("\(path): cannot read the file")
        }
        let result: Result<Deck, CorpusError> = data.withUnsafeBufferPointer { bytes in
            Result { () throws(CorpusError) -> Deck in try parse(bytes: bytes, name: path) }
        }
        return try result.get()
    }

    public static func parse(bytes: UnsafeBufferPointer<UInt8>, name: String) throws(CorpusError) -> Deck {
        let json: JSON
        do {
            json = try JSONParser.parse(bytes: bytes)
        } catch {
            throw CorpusError("\(name): \(error.description)")
        }
        do throws(CorpusError) {
            return try Deck(json: json)
        } catch {
            throw CorpusError("\(name): \(error.description)")
        }
    }

    public init(json: JSON) throws(CorpusError) {
        guard let cardList = json["cards"]?.arrayValue else {
            throw CorpusError("expected an object with 'version' and 'cards'")
        }
        var cards: [Card] = []
        cards.reserveCapacity(cardList.count)
        var seen = Set<String>()
        for (i, c) in cardList.enumerated() {
            do throws(CorpusError) {
                let card = try Card(json: c)
                guard seen.insert(card.id).inserted else { throw CorpusError("duplicate id '\(card.id)'") }
                cards.append(card)
            } catch {
                throw CorpusError("cards[\(i)]: \(error.description)")
            }
        }
        var aliases: [String: String] = [:]
        for pair in json["aliases"]?.objectValue?.pairs ?? [] {
            guard let target = pair.value.stringValue else { throw CorpusError("aliases.\(pair.key) must be a card id") }
            aliases[pair.key] = target
        }
        self.init(version: json["version"]?.intValue ?? 1, cards: cards, aliases: aliases)
    }

    public var json: JSON {
        var o = JSONObject()
        o["version"] = .number(Double(version))
        if !aliases.isEmpty {
            var a = JSONObject()
            for key in aliases.keys.sorted() { a[key] = .string(aliases[key]!) }
            o["aliases"] = .object(a)
        }
        o["cards"] = .array(cards.map(\.json))
        return .object(o)
    }

    /// Every tag with its card count, most used first.
    public var tagCounts: [(tag: String, count: Int)] {
        var counts: [String: Int] = [:]
        for c in cards { for t in c.tags { counts[t, default: 0] += 1 } }
        return counts.map { (tag: $0.key, count: $0.value) }.sorted { ($0.count, $1.tag) > ($1.count, $0.tag) }
    }
}
