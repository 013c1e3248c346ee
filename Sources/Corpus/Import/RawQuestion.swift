/// A question as one article states it, before deduplication.
public struct RawQuestion: Equatable, Sendable {
    public var source: Source
    public var question: String
    /// The answer as blocks: paragraphs, list items and ``` fenced code, separated by blank lines.
    public var answer: String
    /// A level stated by the article itself (e.g. under a "Basic Level Questions" heading).
    public var statedLevel: Level?

    public init(source: Source, question: String, answer: String, statedLevel: Level? = nil) {
        self.source = source
        self.question = question
        self.answer = answer
        self.statedLevel = statedLevel
    }
}
