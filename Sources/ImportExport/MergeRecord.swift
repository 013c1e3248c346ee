import JSONKit
import Corpus

/// An imported question that duplicated a card of another deck: its answer and source, kept in the
/// user deck as an alternate of that card, so the other deck (the built-in one above all) never changes.
public struct MergeRecord: Equatable, Sendable {
    /// The id of the card it joined.
    public var into: String
    public var question: String
    public var answer: String
    public var source: Source

    public init(into: String, question: String, answer: String, source: Source) {
        self.into = into
        self.question = question
        self.answer = answer
        self.source = source
    }

    public init?(json: JSON) {
        guard let into = json["into"]?.stringValue, let q = json["question"]?.stringValue, let a = json["answer"]?.stringValue,
            let file = json["source"]?["file"]?.stringValue, let index = json["source"]?["index"]?.intValue
        else { return nil }
        self.init(into: into, question: q, answer: a, source: Source(file: file, index: index))
    }

    public var json: JSON {
        ["into": .string(into), "question": .string(question), "answer": .string(answer),
         "source": ["file": .string(source.file), "index": .number(Double(source.index))]]
    }
}
