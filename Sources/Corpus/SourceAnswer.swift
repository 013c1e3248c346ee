/// One article's answer to a card's question, with where it came from (`file`, 1-based `index`).
public struct SourceAnswer: Equatable, Sendable {
    public var file: String
    public var index: Int
    public var text: String

    public init(file: String, index: Int, text: String) {
        self.file = file
        self.index = index
        self.text = text
    }

    public var source: Source { Source(file: file, index: index) }
}
