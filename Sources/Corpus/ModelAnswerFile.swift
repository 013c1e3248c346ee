import Platform
import JSONKit

/// Reads the model answers (Data/answers.json), written in our words, one per concept card:
///
///     {"version": 1, "answers": {"card-id": "Two to six plain sentences ...", ...}}
///
/// The corpus build shows each as the card's `answer`; the articles' answers stay as `source_answers`.
public func loadModelAnswers(path: String) throws(CorpusError) -> [String: String] {
    guard let data = FileSystem.contents(atPath: path) else { throw CorpusError("\(path): cannot read the file") }
    let json: JSON
    do { json = try JSONParser.parse(data) } catch { throw CorpusError("\(path): \(error.description)") }
    guard let entries = json["answers"]?.objectValue else {
        throw CorpusError("\(path): expected an object with 'answers', a map from card id to answer text")
    }
    var answers: [String: String] = [:]
    for (id, value) in entries.pairs {
        guard let text = value.stringValue, !text.isEmpty else { throw CorpusError("\(path): answers.\(id) must be a non-empty string") }
        guard answers[id] == nil else { throw CorpusError("\(path): answers.\(id) is listed twice") }
        answers[id] = text
    }
    return answers
}
