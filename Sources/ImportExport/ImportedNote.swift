/// One question as a reader found it in a file, before deduplication.
public struct ImportedNote: Equatable, Sendable {
    /// 1-based position among the file's questions (skipped ones included), recorded as the card's source.
    public var index: Int
    public var question: String
    public var answer: String
    /// The file's tags for this note; nil when the format carries none (topic tags are guessed then).
    public var tags: [String]?
    /// An id the file gives (Anki GUID, `id` field); kept as the card id.
    public var id: String?
    /// Extra corpus-schema fields when the file is a JSON deck (level, note, key points...).
    public var card: CardFields?

    public init(index: Int, question: String, answer: String, tags: [String]? = nil, id: String? = nil, card: CardFields? = nil) {
        self.index = index
        self.question = question
        self.answer = answer
        self.tags = tags
        self.id = id
        self.card = card
    }
}
