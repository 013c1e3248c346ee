import JSONKit

/// One thing an interviewer listens for in an answer, with the phrasings that express it.
/// (Owned by the grading work: the grader reads these; `show` displays `text`.)
public struct KeyPoint: Equatable, Sendable {
    public var text: String
    public var weight: Double
    /// Alternative phrasings; see Grading for how they are matched.
    public var terms: [String]

    public init(text: String, weight: Double = 1, terms: [String]) {
        self.text = text
        self.weight = weight
        self.terms = terms
    }

    public init(json: JSON) throws(CorpusError) {
        guard let text = json["text"]?.stringValue else { throw CorpusError("key point without text") }
        self.text = text
        self.weight = json["weight"]?.doubleValue ?? 1
        self.terms = json["terms"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }

    public var json: JSON {
        ["text": .string(text), "weight": .number(weight), "terms": JSON(terms)]
    }
}
