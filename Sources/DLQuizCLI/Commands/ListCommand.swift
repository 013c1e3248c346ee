import Corpus
import JSONKit
import Scheduler

/// `dlquiz list`: the cards, filtered by tag and level.
struct ListCommand: Command {
    static let name = "list"
    static let summary = "List the cards, optionally by tag and level."
    static let discussion = """
        Suspended cards are marked (suspended), leeches (leech), cards buried today (buried).
        Examples: dlquiz list --tag cnn --level advanced; dlquiz list --tag rnn --tag cnn (either tag);
        dlquiz list --suspended
        """

    var filter = CardFilter()
    var suspended = false
    var leeches = false
    var json = false
    var clock = ClockOptions()

    static let arguments: [Argument<ListCommand>] = CardFilter.arguments.map { $0.lifted(\.filter) } + [
        .flag(\.suspended, "--suspended", help: "Only suspended cards (leeches included)."),
        .flag(\.leeches, "--leeches", help: "Only leeches: cards suspended because they lapsed too often."),
        .flag(\.json, "--json", help: "Print a JSON array of card objects in the corpus schema."),
    ] + ClockOptions.arguments.map { $0.lifted(\.clock) }

    func validate() throws(CLIError) { try clock.validate() }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        // The built-in deck alone, unfiltered: its output was precomputed by `corpus build` and is
        // compiled in (Deck.embeddedListJSON), so start-up does no JSON work at all.
        if json, filter.isEmpty, !suspended, !leeches, ctx.isEmbeddedDeckOnly {
            try ctx.console.out(buffer: Deck.embeddedListJSON)
            return 0
        }
        if json, filter.isEmpty, !suspended, !leeches, let catalog = try ctx.catalog() {
            try ctx.console.out(bytes: catalog.listJSON())
            return 0
        }
        let deck = try ctx.deck()
        try filter.check(deck)
        let status = Suspensions(log: try ReviewLogAccess.readIfPresent(ctx))
        let now = try ctx.now(clock.now)
        var cards = filter.apply(deck.cards)
        if suspended { cards = cards.filter { status.isSuspended($0.id) } }
        if leeches { cards = cards.filter { status.isLeech($0.id) } }
        if json {
            var bytes = JSON.array(cards.map(\.json)).compactBytes
            bytes.append(0x0A)
            try ctx.console.out(bytes: bytes)
            return 0
        }
        var out = ""
        for c in cards {
            var mark = ""
            if status.isLeech(c.id) {
                mark = "  (leech)"
            } else if status.isSuspended(c.id) {
                mark = "  (suspended)"
            } else if status.isBuried(c.id, now: now, clock: clock.dayClock) {
                mark = "  (buried)"
            }
            out += "\(c.id)  [\(c.level.rawValue)] \(c.question)\(mark)\n"
        }
        out += "\(cards.count) card\(cards.count == 1 ? "" : "s")\n"
        try ctx.console.out(out)
        return 0
    }
}
