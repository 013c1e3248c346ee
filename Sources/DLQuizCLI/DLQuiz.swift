
#if canImport(Glibc)
import Glibc
#endif

/// The `dlquiz` entry point: global options, dispatch to a command, errors to one stderr line.
public enum DLQuiz {
    public static let version = "0.1.0"

    /// Every command, in the order `dlquiz --help` lists them.
    public static let commands: [any Command.Type] = allCommands

    public static func main(_ arguments: [String], environment: [String: String]) -> Int32 {
        signal(SIGPIPE, SIG_IGN)  // a closed pipe becomes EPIPE, reported as one line
        var tokens = arguments
        var corpusPath: String? = nil
        // --corpus FILE is global: it may appear before or after the command name.
        if let i = tokens.firstIndex(where: { $0 == "--corpus" || $0.hasPrefix("--corpus=") }) {
            if tokens[i] == "--corpus" {
                guard i + 1 < tokens.count else { return fail(.usage("--corpus needs a file"), Console()) }
                corpusPath = tokens[i + 1]
                tokens.removeSubrange(i...(i + 1))
            } else {
                corpusPath = String(tokens[i].dropFirst("--corpus=".count))
                tokens.remove(at: i)
            }
        }
        // --deck NAME (repeatable) narrows the deck for every command but `import`, where it names the target.
        var deckNames: [String] = []
        let commandAt = tokens.first.map { $0 == "--deck" ? 2 : $0.hasPrefix("--deck=") ? 1 : 0 } ?? 0
        if commandAt >= tokens.count || tokens[commandAt] != "import" {
            var i = 0
            while i < tokens.count, tokens[i] != "--" {
                if tokens[i] == "--deck" {
                    guard i + 1 < tokens.count else { return fail(.usage("--deck needs a deck name (see: dlquiz decks)"), Console()) }
                    deckNames.append(tokens[i + 1])
                    tokens.removeSubrange(i...(i + 1))
                } else if tokens[i].hasPrefix("--deck=") {
                    deckNames.append(String(tokens[i].dropFirst("--deck=".count)))
                    tokens.remove(at: i)
                } else {
                    i += 1
                }
            }
        }
        let ctx = Context(environment: environment, corpusPath: corpusPath, deckNames: deckNames)
        guard let first = tokens.first else {
            try? ctx.console.out(overview)
            return 0
        }
        switch first {
        case "--help", "-h":
            return (try? ctx.console.out(overview)) == nil ? 1 : 0
        case "--version", "-V":
            return (try? ctx.console.line("dlquiz \(version)")) == nil ? 1 : 0
        case "help":
            guard tokens.count > 1 else { return (try? ctx.console.out(overview)) == nil ? 1 : 0 }
            guard let command = find(tokens[1]) else { return fail(unknownCommand(tokens[1]), ctx.console) }
            return (try? ctx.console.out(command.spec.help)) == nil ? 1 : 0
        default:
            break
        }
        guard let command = find(first) else { return fail(unknownCommand(first), ctx.console) }
        do throws(CLIError) {
            let args = try Arguments(Array(tokens.dropFirst()), spec: command.spec)
            if args.flag("--help") {
                try ctx.console.out(command.spec.help)
                return 0
            }
            return try command.run(args, ctx)
        } catch {
            return fail(error, ctx.console)
        }
    }

    static func find(_ name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    static func unknownCommand(_ name: String) -> CLIError {
        .usage("unknown command '\(name)' (see: dlquiz --help)")
    }

    static func fail(_ error: CLIError, _ console: Console) -> Int32 {
        console.error("dlquiz: \(error.message)")
        return error.exitCode
    }

    static var overview: String {
        var lines = [
            "dlquiz \(version): study deep-learning interview questions with spaced repetition.",
            "",
            "Usage: dlquiz COMMAND [OPTIONS]",
            "",
            "Commands:",
        ]
        let width = commands.map { $0.spec.name.count }.max() ?? 0
        for c in commands {
            lines.append("  " + c.spec.name + String(repeating: " ", count: width - c.spec.name.count + 2) + c.spec.summary)
        }
        lines += [
            "",
            "Global options:",
            "  --corpus FILE  Use another deck of the corpus schema instead of the built-in one.",
            "  --deck NAME    Only this deck (repeatable; 'builtin' is the built-in deck; see: dlquiz decks).",
            "  --help         Help for dlquiz or for a command: dlquiz CMD --help, dlquiz help CMD.",
            "  --version      Print the version.",
            "",
            "Environment: DLQUIZ_HOME (data folder), DLQUIZ_NOW (the clock), NO_COLOR.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
