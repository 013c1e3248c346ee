/// The words a completion offers for typed values, written into the generated script (so
/// completing is instant and needs no dlquiz run): the deck's card ids and tags, the demo names.
public struct CompletionValues: Sendable {
    public var cardIDs: [String]
    public var tags: [String]
    public var demoNames: [String]

    public init(cardIDs: [String], tags: [String], demoNames: [String]) {
        self.cardIDs = cardIDs
        self.tags = tags
        self.demoNames = demoNames
    }

    /// The words for a value kind; nil when the shell should complete files or directories, or
    /// when there is nothing to offer (numbers, free text).
    func words(_ kind: ValueKind?) -> [String]? {
        switch kind {
        case .cardID: return cardIDs
        case .tag: return tags
        case .demoName: return demoNames
        case .choice(let words): return words
        default: return nil
        }
    }
}

/// Walks a declaration tree: every command path with its info, parents before children.
enum CommandTree {
    static func flatten(_ infos: [CommandInfo]) -> [CommandInfo] {
        infos.flatMap { [$0] + flatten($0.subcommands) }
    }

    /// What a command path offers as its next bare word: subcommands, else positional values.
    static func bareWords(_ info: CommandInfo, _ values: CompletionValues) -> (words: [String], files: Bool) {
        if !info.subcommands.isEmpty { return (info.subcommands.compactMap(\.path.last), false) }
        guard let positional = info.arguments.first(where: { $0.role == .positional }) else { return ([], false) }
        if let words = values.words(positional.kind) { return (words, false) }
        return ([], positional.kind == .file || positional.kind == .directory)
    }

    /// Flags and options of a command, `--help` included.
    static func optionNames(_ info: CommandInfo) -> [String] {
        info.arguments.filter { $0.role != .positional }.map(\.name) + [CommandInfo.helpOption]
    }
}
