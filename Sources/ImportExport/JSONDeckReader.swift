import Corpus
import JSONKit

/// Reads the corpus schema: a deck (`{"version", "cards"}`), or a bare array of cards as
/// `dlquiz list --json` prints. `question` and `answer` are required; every other field is optional
/// and kept (id, tags, level, kind, alternates, note, key points, misconceptions, demo).
public enum JSONDeckReader {
    public static func read(_ text: String, file: String) throws(ImportError) -> ReadResult {
        let json: JSON
        do { json = try JSONParser.parse(text) } catch {
            throw ImportError(file: file, line: error.line, "not valid JSON: \(error.message) (column \(error.column))")
        }
        let list: [JSON]
        var result = ReadResult()
        if let cards = json["cards"]?.arrayValue {
            list = cards
            result.deckName = json["name"]?.stringValue ?? json["deck"]?.stringValue
        } else if let cards = json.arrayValue {
            list = cards
        } else {
            throw ImportError(file: file, "expected a deck ({\"version\", \"cards\": [...]}) or an array of cards")
        }
        for (k, item) in list.enumerated() {
            let index = k + 1
            guard item.objectValue != nil else { result.skipped.append((index, "cards[\(k)] is not an object")); continue }
            let question = (item["question"]?.stringValue ?? "").trimmedWhitespace
            let answer = (item["answer"]?.stringValue ?? "").trimmedWhitespace
            if question.isEmpty { result.skipped.append((index, "cards[\(k)] has no 'question'")); continue }
            if answer.isEmpty { result.skipped.append((index, "cards[\(k)] has no 'answer'")); continue }
            var fields = CardFields()
            fields.level = item["level"]?.stringValue.flatMap(Level.init(rawValue:))
            fields.kind = item["kind"]?.stringValue.flatMap(Kind.init(rawValue:))
            fields.alternates = item["alternates"]?.arrayValue?.compactMap(\.stringValue) ?? []
            fields.demo = item["demo"]?.stringValue
            fields.note = item["note"]?.stringValue
            for kp in item["key_points"]?.arrayValue ?? [] {
                if let point = try? KeyPoint(json: kp) { fields.keyPoints.append(point) }
            }
            fields.misconceptions = item["misconceptions"]?.arrayValue?.compactMap(\.stringValue) ?? []
            let id = item["id"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
            let tags = item["tags"]?.arrayValue?.compactMap(\.stringValue)
            result.notes.append(ImportedNote(index: index, question: question, answer: answer, tags: tags, id: id, card: fields))
        }
        return result
    }
}
