/// Where a question appears: the article's file name and its 1-based position among that file's questions.
public struct Source: Equatable, Hashable, Sendable, Comparable {
    public var file: String
    public var index: Int

    public init(file: String, index: Int) {
        self.file = file
        self.index = index
    }

    public static func < (a: Source, b: Source) -> Bool { (a.file, a.index) < (b.file, b.index) }
}
