import JSONKit

/// What a reviewer decided about one card: anything left nil is computed by the build.
public struct CardCuration: Sendable {
    public var question: String?
    /// The source whose answer becomes the card's answer ("FILE#INDEX").
    public var answerFrom: String?
    public var tags: [String]?
    public var level: Level?
    public var kind: Kind?
    public var demo: String?
    public var note: String?

    public init(json: JSON) throws(CorpusError) {
        question = json["question"]?.stringValue
        answerFrom = json["answer_from"]?.stringValue
        tags = json["tags"]?.arrayValue?.compactMap(\.stringValue)
        if let l = json["level"]?.stringValue {
            guard let level = Level(rawValue: l) else { throw CorpusError("unknown level '\(l)'") }
            self.level = level
        }
        if let k = json["kind"]?.stringValue {
            guard let kind = Kind(rawValue: k) else { throw CorpusError("unknown kind '\(k)'") }
            self.kind = kind
        }
        demo = json["demo"]?.stringValue
        note = json["note"]?.stringValue
    }
}
