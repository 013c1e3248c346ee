import Corpus
import JSONKit
import ReviewLog
import Scheduler

/// What `suspend`, `unsuspend` and `bury` share: check every id against the deck (nothing is
/// written when one is unknown), read the log, append one record per card that changes through
/// the log's one write path, and say what happened.
struct CardStatusChange {
    var ids: [String]
    var json: Bool
    var clock: ClockOptions

    static func arguments<Root>(_ ids: WritableKeyPath<Root, [String]> & Sendable, _ json: WritableKeyPath<Root, Bool> & Sendable,
                                _ clock: WritableKeyPath<Root, ClockOptions> & Sendable) -> [Argument<Root>] {
        [
            .positional(ids, "ID", kind: .cardID, help: "Card ids; see: dlquiz list."),
            .flag(json, "--json", help: "One JSON object: the ids changed and those left as they were."),
        ] + ClockOptions.arguments.map { $0.lifted(clock) }
    }

    func validate() throws(CLIError) {
        guard !ids.isEmpty else { throw .usage("name at least one card id (see: dlquiz list)") }
        try clock.validate()
    }

    /// Applies `kind` to the cards; `done` and `already` word the two outcomes for one id.
    func run(_ kind: ReviewRecord.Kind, _ ctx: Context, done: (String) -> String, already: (String) -> String) throws(CLIError) -> Int32 {
        let deck = try ctx.deck()
        for id in ids { _ = try CardLookup.card(id, in: deck) }
        let now = try ctx.now(clock.now)
        let path = try ReviewLogAccess.path(ctx)
        let suspensions = Suspensions(log: try ReviewLogAccess.read(path, ctx))
        let (records, unchanged) = suspensions.changes(kind, ids: ids, at: now, clock: clock.dayClock)
        if !records.isEmpty {
            let log = try ReviewLogAccess.openForAppend(path)
            for record in records {
                do { try log.append(record) } catch { throw .failure(ReviewLogAccess.words(error)) }
            }
        }
        if json {
            try ctx.console.line(JSON.object(JSONObject([
                ("changed", JSON(records.map(\.card))), ("unchanged", JSON(unchanged)), ("at", .string(now.iso)),
            ])).compact)
        } else {
            try ctx.console.out(records.map { done($0.card) + "\n" }.joined() + unchanged.map { already($0) + "\n" }.joined())
        }
        return 0
    }
}
