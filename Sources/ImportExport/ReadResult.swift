/// What a reader got from one file: the questions, what it passed over and why, and notices.
public struct ReadResult: Equatable, Sendable {
    public var notes: [ImportedNote] = []
    /// Positions (1-based, same numbering as `ImportedNote.index`) that did not become questions.
    public var skipped: [(index: Int, reason: String)] = []
    public var warnings: [String] = []
    /// A deck name the file states (front matter, first heading, `#deck:` header).
    public var deckName: String?

    public init() {}

    public static func == (a: ReadResult, b: ReadResult) -> Bool {
        a.notes == b.notes && a.warnings == b.warnings && a.deckName == b.deckName
            && a.skipped.map(\.index) == b.skipped.map(\.index) && a.skipped.map(\.reason) == b.skipped.map(\.reason)
    }
}
