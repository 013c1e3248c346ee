/// One declared argument as plain data (no key path): what completions and a man page need.
public struct ArgumentInfo: Sendable, Equatable {
    public let role: ArgumentRole
    public let name: String
    public let valueName: String
    public let kind: ValueKind?
    public let help: String
    public let repeatable: Bool
    public let optional: Bool
    /// The default as written on the command line, when the option has one.
    public let defaultValue: String?

    init<Root>(_ argument: Argument<Root>, defaults: Root) {
        role = argument.role
        name = argument.name
        valueName = argument.valueName
        kind = argument.kind
        help = argument.help
        repeatable = argument.repeatable
        optional = argument.optional
        defaultValue = argument.defaultText(defaults)
    }

    /// `[--tag TAG]...`, `--sources DIR`, `ID`, `[NAME]`, `TEXT...`
    public var usage: String {
        switch role {
        case .flag: return "[\(name)]"
        case .option:
            let pair = "\(name) \(valueName)"
            return optional ? "[\(pair)]" + (repeatable ? "..." : "") : pair
        case .positional:
            if repeatable { return valueName + "..." }
            return optional ? "[\(valueName)]" : valueName
        }
    }

    /// The left column of the options table: `--tag TAG`, `--json`, `ID`.
    public var label: String { role == .option ? "\(name) \(valueName)" : name }

    /// The help line, with the declared default and a note for repeatable options.
    public var fullHelp: String {
        var text = help
        if repeatable && role == .option { text += " Repeatable." }
        if let defaultValue { text += " Default: \(defaultValue)." }
        return text
    }
}
