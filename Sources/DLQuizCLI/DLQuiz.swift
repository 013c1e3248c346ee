
#if canImport(Glibc)
import Glibc
#endif

/// The `dlquiz` entry point: global options, dispatch to a command, errors to one stderr line.
public enum DLQuiz {
    public static let version = "0.1.0"

    /// Every command, in the order `dlquiz --help` lists them.
    public static let commands: [any Command.Type] = allCommands

    /// `environment: nil` (the binary) reads the process's variables as they are needed.
    public static func main(_ arguments: [String], environment: [String: String]?) -> Int32 {
        signal(SIGPIPE, SIG_IGN)  // a closed pipe becomes EPIPE: a quiet exit 141 (CLIError.brokenPipe)
        // A parent may have left SIGINT/SIGTERM/SIGHUP blocked (the mask is inherited): `kill` and
        // Ctrl-C must still end a session waiting for input.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        for s in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopSignals, s) }
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
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
        let deckNames: [String]
        do throws(CLIError) { deckNames = try takeDeckNames(&tokens) } catch { return fail(error, Console()) }
        let ctx = Context(environment: environment, corpusPath: corpusPath, deckNames: deckNames)
        guard let first = tokens.first else {
            return show(overview, ctx.console)
        }
        switch first {
        case "--help", "-h":
            return show(overview, ctx.console)
        case "--version", "-V":
            return show("dlquiz \(version)\n", ctx.console)
        case "help":
            // `dlquiz help demo backprop` is `dlquiz demo backprop --help`.
            guard tokens.count > 1 else { return show(overview, ctx.console) }
            if tokens[1] == "--man" {
                guard tokens.count == 2 else { return fail(.usage("help --man takes nothing else"), ctx.console) }
                return show(ManPage.roff(declarations, version: version, summary: summaryLine), ctx.console)
            }
            tokens = Array(tokens.dropFirst()) + ["--help"]
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == tokens[0] }) else {
            return fail(.usage(Suggestion.unknown("command", tokens[0], among: commands.map { $0.name }, see: [])), ctx.console)
        }
        do throws(CLIError) {
            return try command.main(Array(tokens.dropFirst()), path: [], ctx)
        } catch {
            return fail(error, ctx.console)
        }
    }

    /// Removes the global `--deck NAME` / `--deck=NAME` options (any position, up to `--`) and returns
    /// their values in order. `import` declares its own `--deck` (the deck to import into), so its
    /// words are left for it.
    static func takeDeckNames(_ tokens: inout [String]) throws(CLIError) -> [String] {
        var command: String? = nil
        var i = 0
        while i < tokens.count, command == nil {
            if tokens[i] == "--deck" { i += 2 } else if tokens[i].hasPrefix("-") { i += 1 } else { command = tokens[i] }
        }
        if command == ImportCommand.name { return [] }
        var names: [String] = []
        i = 0
        while i < tokens.count, tokens[i] != "--" {
            if tokens[i] == "--deck" {
                guard i + 1 < tokens.count else { throw .usage("--deck needs a deck name (see: dlquiz decks)") }
                names.append(tokens[i + 1])
                tokens.removeSubrange(i...(i + 1))
            } else if tokens[i].hasPrefix("--deck=") {
                names.append(String(tokens[i].dropFirst("--deck=".count)))
                tokens.remove(at: i)
            } else {
                i += 1
            }
        }
        return names
    }

    /// Every command's declaration as data, for help, shell completions and a man page.
    public static var declarations: [CommandInfo] { commands.map { $0.info() } }

    /// Prints `text`; the exit code.
    static func show(_ text: String, _ console: Console) -> Int32 {
        do throws(CLIError) {
            try console.out(text)
            return 0
        } catch {
            return fail(error, console)
        }
    }

    static func fail(_ error: CLIError, _ console: Console) -> Int32 {
        if error != .brokenPipe { console.error("dlquiz: \(error.message)") }
        return error.exitCode
    }

    static let summaryLine = "study deep-learning interview questions with spaced repetition"

    static var overview: String {
        var lines = [
            "dlquiz \(version): \(summaryLine).",
            "",
            "Usage: dlquiz COMMAND [OPTIONS]",
            "",
            "Commands:",
        ]
        lines += CommandInfo.table(commands.map { ($0.name, $0.summary) })
        lines += [
            "",
            "Global options:",
            "  --corpus FILE  Use another deck of the corpus schema instead of the built-in one.",
            "  --deck NAME    Only this deck (repeatable; 'builtin' is the built-in deck; see: dlquiz decks).",
            "  --help         Help for dlquiz or for a command: dlquiz CMD --help, dlquiz help CMD.",
            "                 The manual page: dlquiz help --man | man -l -",
            "  --version      Print the version.",
            "",
            "Environment: DLQUIZ_HOME (data folder), DLQUIZ_NOW (the clock), NO_COLOR.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
