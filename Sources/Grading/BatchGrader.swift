import Corpus
import JSONKit

/// Grades JSON lines `{"card": ID, "answer": TEXT}` one at a time, keeping the summary.
///
/// Each line gives one JSON object: the result with `"line": N` added, or `{"line": N, "error": ...}`
/// for a line that cannot be graded (bad JSON, missing fields, unknown id). Blank lines are skipped.
public struct BatchGrader {
    public let deck: Deck
    public let grader: Grader
    public private(set) var summary = BatchSummary()
    private var prepared: [String: PreparedCard] = [:]

    public init(deck: Deck, grader: Grader = Grader()) {
        self.deck = deck
        self.grader = grader
    }

    /// Counts a result graded elsewhere (an exercise card's checked answer) in the summary.
    public mutating func record(_ result: GradeResult, tags: [String]) { summary.add(result, tags: tags) }

    /// Counts a line that was rejected elsewhere (an exercise line without a readable answer).
    public mutating func recordError() { summary.addError() }

    /// The output for one input line, or nil for a blank line.
    public mutating func grade(line: String, number: Int) -> JSON? {
        if line.allSatisfy(\.isWhitespace) { return nil }
        func failure(_ message: String, card: String? = nil) -> JSON {
            summary.addError()
            var o = JSONObject()
            o["line"] = .number(Double(number))
            if let card { o["card"] = .string(card) }
            o["error"] = .string(message)
            return .object(o)
        }
        let json: JSON
        do {
            json = try JSONParser.parse(line)
        } catch {
            return failure("not JSON: \(error.description)")
        }
        guard case .object = json else { return failure("expected an object {\"card\": ID, \"answer\": TEXT}") }
        guard let id = json["card"]?.stringValue else { return failure("missing string field 'card'") }
        guard let answer = json["answer"]?.stringValue else { return failure("missing string field 'answer'", card: id) }
        guard let card = deck[id] else {
            let near = closestIDs(to: id, among: deck.cards.map(\.id))
            return failure("unknown card id" + (near.isEmpty ? "" : "; closest: " + near.joined(separator: ", ")), card: id)
        }
        let ready: PreparedCard
        if let p = prepared[id] {
            ready = p
        } else {
            ready = grader.prepare(card)
            prepared[id] = ready
        }
        let result = grader.grade(answer, prepared: ready)
        summary.add(result, tags: card.tags)
        guard case .object(var o) = result.json else { return result.json }
        o["line"] = .number(Double(number))
        return .object(o)
    }
}
