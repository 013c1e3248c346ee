/// One `dlquiz` subcommand. Commands parse, call the libraries, and print; no other logic.
public protocol Command: Sendable {
    static var spec: CommandSpec { get }
    /// Runs the command; returns the exit code (0 ok, 1 failure). Throw CLIError for one-line errors.
    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32
}
