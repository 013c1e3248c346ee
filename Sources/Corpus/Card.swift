import JSONKit

/// One flashcard: a deduplicated question with its best answer and every place it came from.
public struct Card: Equatable, Sendable {
    /// A stable slug; never changed once published.
    public var id: String
    public var question: String
    /// The model answer, in our words, for concept cards (the best article answer where there is none,
    /// e.g. personal cards). Code is fenced with ``` lines so terminals can show it as code.
    public var answer: String
    /// Each article's own answer, with where it came from.
    public var sourceAnswers: [SourceAnswer]
    /// The articles' answers as plain texts, for readers of corpus version 1 (deprecated: read
    /// `sourceAnswers`; removed in the next schema version).
    public var alternates: [String]
    public var sources: [Source]
    public var tags: [String]
    public var level: Level
    public var kind: Kind
    /// The name of a `dlquiz demo` that illustrates this card.
    public var demo: String?
    /// A correction or caveat, in our words, where the source answer is wrong or misleading.
    public var note: String?
    public var keyPoints: [KeyPoint]
    /// Phrases that mark a common wrong belief about this card.
    public var misconceptions: [String]

    public init(
        id: String, question: String, answer: String, sourceAnswers: [SourceAnswer] = [], alternates: [String] = [],
        sources: [Source],
        tags: [String], level: Level, kind: Kind = .concept, demo: String? = nil, note: String? = nil,
        keyPoints: [KeyPoint] = [], misconceptions: [String] = []
    ) {
        self.id = id
        self.question = question
        self.answer = answer
        self.sourceAnswers = sourceAnswers
        self.alternates = alternates
        self.sources = sources
        self.tags = tags
        self.level = level
        self.kind = kind
        self.demo = demo
        self.note = note
        self.keyPoints = keyPoints
        self.misconceptions = misconceptions
    }
}

extension Card {
    /// Reads a card in the corpus schema.
    public init(json: JSON) throws(CorpusError) {
        func string(_ key: String) throws(CorpusError) -> String {
            guard let v = json[key]?.stringValue else { throw CorpusError("card is missing string field '\(key)'") }
            return v
        }
        let id = try string("id")
        do throws(CorpusError) {
            guard let levelText = json["level"]?.stringValue, let level = Level(rawValue: levelText) else {
                throw CorpusError("'level' must be basic, intermediate or advanced")
            }
            let kind = try Kind(rawValue: json["kind"]?.stringValue ?? "concept")
                .orThrow(CorpusError("'kind' must be concept or personal"))
            guard let sourceList = json["sources"]?.arrayValue else { throw CorpusError("missing 'sources'") }
            var sources: [Source] = []
            for s in sourceList {
                guard let file = s["file"]?.stringValue, let index = s["index"]?.intValue else {
                    throw CorpusError("a source needs 'file' and 'index'")
                }
                sources.append(Source(file: file, index: index))
            }
            var sourceAnswers: [SourceAnswer] = []
            for a in json["source_answers"]?.arrayValue ?? [] {
                guard let file = a["file"]?.stringValue, let index = a["index"]?.intValue, let text = a["text"]?.stringValue else {
                    throw CorpusError("a source answer needs 'file', 'index' and 'text'")
                }
                sourceAnswers.append(SourceAnswer(file: file, index: index, text: text))
            }
            var keyPoints: [KeyPoint] = []
            for k in json["key_points"]?.arrayValue ?? [] { keyPoints.append(try KeyPoint(json: k)) }
            self.init(
                id: id, question: try string("question"), answer: try string("answer"), sourceAnswers: sourceAnswers,
                alternates: json["alternates"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                sources: sources,
                tags: json["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                level: level, kind: kind,
                demo: json["demo"]?.stringValue, note: json["note"]?.stringValue,
                keyPoints: keyPoints,
                misconceptions: json["misconceptions"]?.arrayValue?.compactMap(\.stringValue) ?? [])
        } catch {
            throw CorpusError("card '\(id)': \(error.description)")
        }
    }

    /// The card in the corpus schema; optional fields are omitted when empty.
    public var json: JSON {
        var o = JSONObject()
        o["id"] = .string(id)
        o["question"] = .string(question)
        o["answer"] = .string(answer)
        if !sourceAnswers.isEmpty {
            o["source_answers"] = .array(sourceAnswers.map { ["file": .string($0.file), "index": .number(Double($0.index)), "text": .string($0.text)] })
        }
        o["alternates"] = JSON(alternates)
        o["sources"] = .array(sources.map { ["file": .string($0.file), "index": .number(Double($0.index))] })
        o["tags"] = JSON(tags)
        o["level"] = .string(level.rawValue)
        o["kind"] = .string(kind.rawValue)
        if let demo { o["demo"] = .string(demo) }
        if let note { o["note"] = .string(note) }
        if !keyPoints.isEmpty { o["key_points"] = .array(keyPoints.map(\.json)) }
        if !misconceptions.isEmpty { o["misconceptions"] = JSON(misconceptions) }
        return .object(o)
    }
}

extension Optional {
    func orThrow<E: Error>(_ error: E) throws(E) -> Wrapped {
        guard let self else { throw error }
        return self
    }
}
