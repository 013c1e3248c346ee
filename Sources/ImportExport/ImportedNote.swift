/// One question as a reader found it in a file, before deduplication.
public struct ImportedNote: Equatable, Sendable {
    /// 1-based position among the file's questions (skipped ones included), recorded as the card's source.
    public var index: Int
    public var question: String
    public var answer: String
    /// The file's tags for this note; nil when the format carries none (topic tags are guessed then).
    /// Tags are words, as in Anki: a tag holding whitespace ("a\nb", from a quoted field or a JSON deck)
    /// is split at it, so that `tags`, `--tag` and an Anki export see the same tags.
    public var tags: [String]?
    /// An id the file gives (Anki GUID, `id` field); kept as the card id.
    public var id: String?
    /// Extra corpus-schema fields when the file is a JSON deck (level, note, key points...).
    public var card: CardFields?

    public init(index: Int, question: String, answer: String, tags: [String]? = nil, id: String? = nil, card: CardFields? = nil) {
        self.index = index
        self.question = question
        self.answer = answer
        self.tags = tags.map(Self.words)
        self.id = id
        self.card = card
    }

    /// The tags split at whitespace, empty ones dropped, each kept once in its first place (every reader's
    /// tags go through here).
    static func words(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for tag in tags {
            // Bytes first: a tag of printable ASCII holds no whitespace but the space (0x20 and below are tested).
            if tag.utf8.contains(where: { $0 <= 0x20 || $0 >= 0x80 }) {
                for word in tag.split(whereSeparator: \.isWhitespace) where seen.insert(String(word)).inserted { out.append(String(word)) }
            } else if !tag.isEmpty, seen.insert(tag).inserted {
                out.append(tag)
            }
        }
        return out
    }
}
