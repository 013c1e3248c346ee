/// What a command accepts, and the help text shown by `--help` and `dlquiz help CMD`.
public struct CommandSpec: Sendable {
    public var name: String
    /// One line for `dlquiz --help`.
    public var summary: String
    /// Usage lines, e.g. "dlquiz list [--tag T] [--level L] [--json]".
    public var usage: String
    /// Options that take no value, e.g. "--json". Each with a one-line description.
    public var flags: [(name: String, help: String)]
    /// Options that take a value, e.g. "--tag". Each with a one-line description.
    public var options: [(name: String, help: String)]
    /// Free text after the option list: examples, notes.
    public var discussion: String

    public init(
        name: String, summary: String, usage: String,
        flags: [(name: String, help: String)] = [], options: [(name: String, help: String)] = [],
        discussion: String = ""
    ) {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.flags = flags
        self.options = options
        self.discussion = discussion
    }

    /// The full help text.
    public var help: String {
        var lines = ["\(summary)", "", "Usage: \(usage)"]
        let all = flags.map { ($0.name, $0.help) } + options.map { ("\($0.name) VALUE", $0.help) }
            + [("--help", "Show this help.")]
        if !all.isEmpty {
            lines.append("")
            lines.append("Options:")
            let width = all.map(\.0.count).max() ?? 0
            for (n, h) in all {
                lines.append("  " + n + String(repeating: " ", count: width - n.count + 2) + h)
            }
        }
        if !discussion.isEmpty {
            lines.append("")
            lines.append(discussion)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
