/// One `dlquiz` command, declared once: its name, summary, typed options, a check, and what it does.
///
/// How to add a command (e.g. `dlquiz export`):
///
/// 1. Write `struct ExportCommand: Command` in `Commands/ExportCommand.swift`. Each option is a stored
///    property whose initial value is its default (`var limit = 10`, `var tags: [String] = []` for a
///    repeatable option, `var out: String?` for one without a default, `var json = false` for a flag).
/// 2. Declare each in `static let arguments`, naming the property by key path:
///
///        static let arguments: [Argument<ExportCommand>] = [
///            .option(\.out, "--out", "FILE", kind: .file, help: "Where to write."),
///            .flag(\.json, "--json", help: "One JSON object."),
///        ] + CardFilter.arguments.map { $0.lifted(\.filter) }   // a shared option group
///
///    Usage lines, `--help`, the repeat check and the typo check (`CommandDeclarationTests`) come
///    from this list; the default shown in help is the property's initial value.
/// 3. Put checks that need no files or deck in `validate()` (throw `.usage`); `run(_:)` reads the
///    typed properties, calls the libraries and prints, returning the exit code.
/// 4. Add one line to `allCommands` (AllCommands.swift).
///
/// A command with `subcommands` (corpus, demo) dispatches its first word to one of them; its own
/// `run` handles the case where no subcommand is named.
public protocol Command: Sendable {
    /// The word that selects it: `dlquiz NAME`.
    static var name: String { get }
    /// One line for `dlquiz --help`.
    static var summary: String { get }
    /// Free text after the options in `--help`: examples, notes.
    static var discussion: String { get }
    /// Every option, flag and positional, in the order help lists them.
    static var arguments: [Argument<Self>] { get }
    static var subcommands: [any Command.Type] { get }
    /// What a subcommand is called in errors ("subcommand", "demo").
    static var subcommandNoun: String { get }

    /// Every property at its default.
    init()
    /// Checks the parsed values together, before anything is read or written; throw `.usage`.
    func validate() throws(CLIError)
    /// Does the work; returns the exit code (0 ok, 1 failure). Throw CLIError for one-line errors.
    func run(_ ctx: Context) throws(CLIError) -> Int32
}

extension Command {
    public static var discussion: String { "" }
    public static var subcommands: [any Command.Type] { [] }
    public static var subcommandNoun: String { "subcommand" }
    public func validate() throws(CLIError) {}

    /// The declaration as data: for help, shell completions and a man page.
    public static func info(path: [String] = []) -> CommandInfo {
        let path = path + [name]
        let defaults = Self()
        return CommandInfo(
            path: path, summary: summary, discussion: discussion,
            arguments: arguments.map { ArgumentInfo($0, defaults: defaults) },
            subcommands: subcommands.map { $0.info(path: path) }, subcommandNoun: subcommandNoun)
    }

    /// Parses `words` (what follows the command name), then validates and runs; `--help` prints help.
    /// `siblings` are the other subcommands of the same group, named when an option belongs to one.
    static func main(_ words: [String], path: [String], _ ctx: Context, siblings: [any Command.Type] = []) throws(CLIError) -> Int32 {
        // The subcommand is the first bare word that is not an option's value (a group's own
        // options are flags, e.g. `demo --json backprop`).
        let flags = Set(arguments.filter { $0.role == .flag }.map(\.name))
        let at = words.indices.first { i in
            !words[i].hasPrefix("-") && (i == 0 || !words[i - 1].hasPrefix("-") || flags.contains(words[i - 1]))
        }
        if !subcommands.isEmpty, let at {
            let word = words[at]
            guard let sub = subcommands.first(where: { $0.name == word }) else {
                throw .usage(Suggestion.unknown(subcommandNoun, word, among: subcommands.map { $0.name }, see: path + [name]))
            }
            var rest = words
            rest.remove(at: at)
            return try sub.main(rest, path: path + [name], ctx, siblings: subcommands.filter { $0.name != word })
        }
        let related = subcommands.map { $0.info(path: path + [name]) } + siblings.map { $0.info(path: path) }
        guard let command = try CommandParser.parse(Self.self, words, path: path + [name], related: related) else {
            try ctx.console.out(info(path: path).help)
            return 0
        }
        try command.validate()
        return try command.run(ctx)
    }
}
