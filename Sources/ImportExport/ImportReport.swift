import Corpus
import JSONKit

/// What an import did (or, with `--dry-run`, would do): every question read is in `cards` or `merged`.
public struct ImportReport: Sendable {
    public struct Merged: Sendable {
        public var question: String
        /// The question of the card it joined, and that card's id.
        public var into: String
        public var intoID: String
        public var similarity: Double
        public var source: Source
    }

    public var file: String
    public var format: ImportFormat
    public var deck: String
    /// The cards the file's questions became (new, updated or unchanged), with their sources.
    public var cards: [Card] = []
    public var merged: [Merged] = []
    public var skipped: [(index: Int, reason: String)] = []
    public var warnings: [String] = []
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    /// Merges not already recorded by an earlier import of this file.
    public var newMerges = 0

    public var changed: Bool { added + updated + newMerges > 0 }

    public var json: JSON {
        var o = JSONObject()
        o["file"] = .string(file)
        o["format"] = .string(format.rawValue)
        o["deck"] = .string(deck)
        o["cards"] = .array(cards.map(\.json))
        o["merged"] = .array(merged.map {
            ["question": .string($0.question), "into": .string($0.into), "id": .string($0.intoID),
             "similarity": .number(($0.similarity * 1000).rounded() / 1000),
             "source": ["file": .string($0.source.file), "index": .number(Double($0.source.index))]]
        })
        o["skipped"] = .array(skipped.map { ["index": .number(Double($0.index)), "reason": .string($0.reason)] })
        o["warnings"] = JSON(warnings)
        o["added"] = .number(Double(added))
        o["updated"] = .number(Double(updated))
        o["unchanged"] = .number(Double(unchanged))
        o["changed"] = .bool(changed)
        return .object(o)
    }

    /// The report for people.
    public func text(dryRun: Bool) -> String {
        let read = cards.count + merged.count
        var lines: [String] = []
        let verb = dryRun ? "would import" : "imported"
        lines.append("\(file): \(format.rawValue), \(read) question\(read == 1 ? "" : "s") read; \(verb) into deck '\(deck)'.")
        if !changed {
            lines.append("  No change: every question is already in the deck as it is in the file.")
        } else {
            lines.append("  \(added) new card\(added == 1 ? "" : "s"), \(updated) updated, \(unchanged) unchanged, \(merged.count) merged into existing cards.")
        }
        for m in merged.prefix(20) {
            lines.append("  merged (similarity \(formatted(m.similarity))): \"\(m.question)\" → \(m.intoID): \"\(m.into)\"")
        }
        if merged.count > 20 { lines.append("  … and \(merged.count - 20) more merges (see --json)") }
        for s in skipped.prefix(10) { lines.append("  skipped #\(s.index): \(s.reason)") }
        if skipped.count > 10 { lines.append("  … and \(skipped.count - 10) more skipped (see --json)") }
        for w in warnings { lines.append("  warning: \(w)") }
        if dryRun { lines.append("  Dry run: nothing was written.") }
        return lines.joined(separator: "\n") + "\n"
    }

    func formatted(_ d: Double) -> String {
        let r = (d * 100).rounded() / 100
        return JSON.format(r)
    }
}
