/// A reviewed correction to an article's text before parsing, e.g. LaTeX the extraction broke.
public struct TextFix: Equatable, Sendable {
    public var file: String
    public var find: String
    public var replace: String

    public init(file: String, find: String, replace: String) {
        self.file = file
        self.find = find
        self.replace = replace
    }
}
