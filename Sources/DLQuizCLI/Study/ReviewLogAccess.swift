import Platform
import ReviewLog
import Scheduler

/// Finding, reading and opening the review log for a command, with the user-facing errors.
enum ReviewLogAccess {
    /// $DLQUIZ_HOME/reviews.jsonl, after checking the folder: a missing one is created (with its
    /// parents), a path that exists and is not a folder is an error.
    static func path(_ ctx: Context) throws(CLIError) -> String {
        let home = ctx.homePath
        do {
            try ReviewLogFile.prepareHome(home, mustExist: false)
        } catch {
            throw .failure(words(error))
        }
        return home + "/" + ReviewLogFile.fileName
    }

    /// The log's errors for the user, naming DLQUIZ_HOME where it is the likely fix.
    static func words(_ error: ReviewLogError) -> String {
        switch error {
        case .homeNotAFolder(let path): return "data folder \(path) is not a directory (check DLQUIZ_HOME)"
        case .homeMissing(let path): return "data folder \(path) does not exist (DLQUIZ_HOME): create it or unset DLQUIZ_HOME"
        case .cannotCreateHome(let e): return "cannot create data folder \(e.path): \(e.reason)"
        case .cannotRead: return error.description
        case .cannotWrite: return error.description + " (is DLQUIZ_HOME writable?)"
        }
    }

    /// Reads and scans a log file, reporting each unreadable line once on stderr.
    static func read(_ path: String, _ ctx: Context) throws(CLIError) -> ParsedLog {
        let log: ParsedLog
        do {
            log = try ReviewLogFile.withContents(path: path) { ReviewLogScanner.parse($0) }
        } catch {
            throw .failure(words(error))
        }
        for problem in log.problems.prefix(20) {
            ctx.console.error("dlquiz: \(path) line \(problem.line): \(problem.message); skipped")
        }
        if log.problems.count > 20 {
            ctx.console.error("dlquiz: \(path): \(log.problems.count - 20) more unreadable lines skipped")
        }
        return log
    }

    /// The log for a command that only reads it (list, show): nothing is created; an absent
    /// folder or file reads as an empty log.
    static func readIfPresent(_ ctx: Context) throws(CLIError) -> ParsedLog {
        let path = ctx.homePath + "/" + ReviewLogFile.fileName
        guard FileSystem.fileExists(atPath: path) else { return ParsedLog() }
        return try read(path, ctx)
    }

    static func openForAppend(_ path: String) throws(CLIError) -> ReviewLogFile {
        do {
            return try ReviewLogFile(appendingTo: path)
        } catch {
            throw .failure(words(error))
        }
    }
}
