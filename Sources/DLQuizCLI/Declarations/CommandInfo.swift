/// A command's declaration as data: usage lines and `--help` are generated from it, and so can
/// shell completions and a man page be.
public struct CommandInfo: Sendable {
    /// ["demo", "backprop"] for `dlquiz demo backprop`.
    public let path: [String]
    public let summary: String
    public let discussion: String
    public let arguments: [ArgumentInfo]
    public let subcommands: [CommandInfo]
    public let subcommandNoun: String

    /// "dlquiz demo backprop"
    public var invocation: String { (["dlquiz"] + path).joined(separator: " ") }

    /// Options the parser adds to every command.
    public static let helpOption = "--help"

    /// A command with subcommands but no arguments of its own only runs through a subcommand.
    public var isPureGroup: Bool { !subcommands.isEmpty && arguments.isEmpty }

    /// Usage lines: positionals first, then options in declaration order; then each subcommand's.
    public var usage: [String] {
        var lines: [String] = []
        if !isPureGroup {
            let positionals = arguments.filter { $0.role == .positional }
            let named = arguments.filter { $0.role != .positional }
            var line = invocation
            if !subcommands.isEmpty { line += " [\(subcommandNoun.uppercased())]" }
            for a in positionals + named { line += " " + a.usage }
            lines.append(line)
        }
        for sub in subcommands { lines += sub.usage }
        return lines
    }

    /// The full `--help` text.
    public var help: String {
        var lines = [summary, ""]
        for (i, line) in usage.enumerated() {
            lines += CommandInfo.wrapUsage(line, prefix: i == 0 ? "Usage: " : "       ", invocation: invocation)
        }
        if !subcommands.isEmpty {
            lines += ["", subcommandNoun.prefix(1).uppercased() + subcommandNoun.dropFirst() + "s:"]
            lines += CommandInfo.table(subcommands.map { ($0.path.last ?? "", $0.summary) })
        }
        let positionals = arguments.filter { $0.role == .positional }
        if !positionals.isEmpty {
            lines += ["", "Arguments:"]
            lines += CommandInfo.table(positionals.map { ($0.label, $0.fullHelp) })
        }
        let named = arguments.filter { $0.role != .positional }
        lines += ["", "Options:"]
        lines += CommandInfo.table(named.map { ($0.label, $0.fullHelp) } + [(CommandInfo.helpOption, "Show this help.")])
        if !discussion.isEmpty { lines += ["", discussion] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A usage line broken at spaces before 100 columns, continued under its first option.
    static func wrapUsage(_ line: String, prefix: String, invocation: String, width: Int = 100) -> [String] {
        let indent = String(repeating: " ", count: prefix.count + invocation.count + 1)
        var lines: [String] = []
        var current = prefix
        for word in line.split(separator: " ") {
            if current.count > indent.count, current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += (current == prefix ? "" : " ") + word
            }
        }
        return lines + [current]
    }

    /// Two columns: names padded to the widest, then the text.
    static func table(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
    }
}
