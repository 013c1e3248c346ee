import JSONKit
import Platform
import ReviewLog

/// `dlquiz log check`: damaged lines, unknown record kinds and ids not in the deck; changes nothing.
struct LogCheckCommand: Command {
    static let name = "check"
    static let summary = "Report damaged lines, unknown record kinds and ids not in the deck (changes nothing)."
    static let discussion = "Exit status 0 when the log is clean (or absent), 1 when it has problems."

    var json = false

    static let arguments: [Argument<LogCheckCommand>] = [.flag(\.json, "--json", help: "One JSON object.")]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let path = ctx.homePath + "/" + ReviewLogFile.fileName
        let deck = try ctx.deck()
        var log = ParsedLog()
        if FileSystem.fileExists(atPath: path) {
            do {
                log = try ReviewLogFile.withContents(path: path) { ReviewLogScanner.parse($0) }
            } catch {
                throw .failure(ReviewLogAccess.words(error))
            }
        }
        let check = ReviewLogCheck(log: log, knownIDs: Set(deck.cards.map(\.id)))
        if json {
            var o = check.json.objectValue ?? JSONObject()
            o["path"] = .string(path)
            try ctx.console.line(JSON.object(o).compact)
        } else {
            var out = "\(path): \(check.records) record\(check.records == 1 ? "" : "s")"
            out += check.isClean ? ", no problems\n" : "\n"
            for d in check.damaged { out += "line \(d.line): damaged: \(d.message)\n" }
            for line in check.unknownKinds { out += "line \(line): unknown record kind (from a newer dlquiz?)\n" }
            for u in check.unknownIDs {
                out += "card id '\(u.id)' is in no deck card (\(u.records) record\(u.records == 1 ? "" : "s"); kept, replayed, not studied)\n"
            }
            if !check.isClean {
                out += "\(check.damaged.count) damaged line\(check.damaged.count == 1 ? "" : "s"), \(check.unknownKinds.count) unknown kind\(check.unknownKinds.count == 1 ? "" : "s"), \(check.unknownIDs.count) unknown id\(check.unknownIDs.count == 1 ? "" : "s"); nothing was changed\n"
            }
            try ctx.console.out(out)
        }
        return check.isClean ? 0 : 1
    }
}
