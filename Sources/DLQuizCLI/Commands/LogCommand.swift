/// `dlquiz log check|export`: the review log, inspectable.
struct LogCommand: Command {
    static let name = "log"
    static let summary = "Check the review log, or export the review history (CSV)."
    static let discussion = "Examples: dlquiz log check; dlquiz log export --format csv > reviews.csv"
    static let arguments: [Argument<LogCommand>] = []
    static let subcommands: [any Command.Type] = [LogCheckCommand.self, LogExportCommand.self]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        throw .usage("missing subcommand: " + Self.subcommands.map { $0.name }.joined(separator: " or "))
    }
}
