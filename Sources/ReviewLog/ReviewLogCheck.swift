import JSONKit

/// `dlquiz log check`: what is wrong with a review log, found without changing it.
///
/// Three kinds of problem: damaged lines (not JSON, no card or time, a bad rating, a write cut
/// short), records of an unknown kind (a line from a newer dlquiz, or hand-edited), and card ids
/// that no deck card has (a renamed or removed card; such records are kept and replayed).
public struct ReviewLogCheck: Sendable {
    /// Valid records read.
    public var records: Int
    /// Damaged lines: 1-based line number and what is wrong.
    public var damaged: [(line: Int, message: String)]
    /// Lines whose record kind is none dlquiz knows.
    public var unknownKinds: [Int]
    /// Ids not in the deck, with how many records name each, in order of first appearance.
    public var unknownIDs: [(id: String, records: Int)]

    public init(log: ParsedLog, knownIDs: Set<String>) {
        records = log.eventCount
        damaged = log.problems.filter { $0.message != ReviewLogScanner.unknownKind }
        unknownKinds = log.problems.filter { $0.message == ReviewLogScanner.unknownKind }.map(\.line)
        var counts = [Int](repeating: 0, count: log.cardIDs.count)
        for c in log.eventCard { counts[Int(c)] += 1 }
        unknownIDs = log.cardIDs.enumerated().filter { !knownIDs.contains($0.element) }.map { ($0.element, counts[$0.offset]) }
    }

    public var isClean: Bool { damaged.isEmpty && unknownKinds.isEmpty && unknownIDs.isEmpty }

    public var json: JSON {
        .object(JSONObject([
            ("ok", .bool(isClean)), ("records", .number(Double(records))),
            ("damaged", .array(damaged.map { ["line": .number(Double($0.line)), "message": .string($0.message)] })),
            ("unknown_kinds", .array(unknownKinds.map { .number(Double($0)) })),
            ("unknown_ids", .array(unknownIDs.map { ["id": .string($0.id), "records": .number(Double($0.records))] })),
        ]))
    }
}
