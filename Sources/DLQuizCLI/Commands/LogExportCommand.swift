import Platform
import ReviewLog

/// `dlquiz log export --format csv`: the review history for spreadsheets, on stdout.
struct LogExportCommand: Command {
    static let name = "export"
    static let summary = "Write the review history as CSV (one row per record) to standard output."
    static let discussion = """
        Columns: \(ReviewHistoryCSV.header)
        Example: dlquiz log export --format csv > reviews.csv
        """

    var format = "csv"

    static let arguments: [Argument<LogExportCommand>] = [
        .option(\.format, "--format", "FORMAT", kind: .choice(["csv"]), help: "Output format (csv)."),
    ]

    func validate() throws(CLIError) {
        guard format == "csv" else { throw .usage("--format expects csv, got '\(format)'") }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let path = ctx.homePath + "/" + ReviewLogFile.fileName
        var bytes: [UInt8] = []
        if FileSystem.fileExists(atPath: path) {
            do { bytes = try ReviewLogFile.read(path: path) } catch { throw .failure(ReviewLogAccess.words(error)) }
        }
        let (csv, skipped) = ReviewHistoryCSV.export(bytes)
        try ctx.console.out(csv)
        if skipped > 0 {
            ctx.console.error("dlquiz: \(skipped) unreadable line\(skipped == 1 ? "" : "s") left out (see: dlquiz log check)")
        }
        return 0
    }
}
