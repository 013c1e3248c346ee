import Platform
import JSONKit

/// The reviewed decisions the corpus build applies on top of what it computes (Data/curation.json).
///
/// Source keys are "FILE#INDEX", e.g. "000_17177c7649fa3717.txt#30".
public struct Curation: Sendable {
    /// Questions at least this similar are merged into one card.
    public var threshold: Double = 0.6
    /// Groups of sources forced into one card, whatever their similarity.
    public var merges: [[String]] = []
    /// Pairs of sources never merged, whatever their similarity.
    public var splits: [[String]] = []
    public var fixes: [TextFix] = []
    /// Published ids, pinned to a source each, so rebuilding never renames a card.
    public var ids: [String: String] = [:]
    /// Retired ids (cards merged into another) and the id of the card that now holds their question.
    public var aliases: [String: String] = [:]
    /// Per-card overrides and additions, by id.
    public var cards: [String: CardCuration] = [:]

    public init() {}

    public static func load(path: String) throws(CorpusError) -> Curation {
        guard let data = FileSystem.contents(atPath: path) else { throw CorpusError("\(path): cannot read") }
        let json: JSON
        do { json = try JSONParser.parse(data) } catch { throw CorpusError("\(path): \(error.description)") }
        var c = Curation()
        if let t = json["threshold"]?.doubleValue { c.threshold = t }
        func groups(_ key: String) -> [[String]] {
            (json[key]?.arrayValue ?? []).map { $0.arrayValue?.compactMap(\.stringValue) ?? [] }
        }
        c.merges = groups("merge")
        c.splits = groups("split")
        c.fixes = (json["fixes"]?.arrayValue ?? []).compactMap { f in
            guard let file = f["file"]?.stringValue, let find = f["find"]?.stringValue, let rep = f["replace"]?.stringValue
            else { return nil }
            return TextFix(file: file, find: find, replace: rep)
        }
        for pair in json["ids"]?.objectValue?.pairs ?? [] {
            guard let source = pair.value.stringValue else { throw CorpusError("\(path): ids.\(pair.key) must be a source key") }
            c.ids[pair.key] = source
        }
        for pair in json["aliases"]?.objectValue?.pairs ?? [] {
            guard let target = pair.value.stringValue else { throw CorpusError("\(path): aliases.\(pair.key) must be a card id") }
            c.aliases[pair.key] = target
        }
        for pair in json["cards"]?.objectValue?.pairs ?? [] {
            do throws(CorpusError) {
                c.cards[pair.key] = try CardCuration(json: pair.value)
            } catch {
                throw CorpusError("\(path): cards.\(pair.key): \(error.description)")
            }
        }
        return c
    }
}
