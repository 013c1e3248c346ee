/// `dlquiz suspend ID…`: take cards out of study until `dlquiz unsuspend`.
struct SuspendCommand: Command {
    static let name = "suspend"
    static let summary = "Take cards out of study until unsuspended."
    static let discussion = """
        Stored as a suspend record in $DLQUIZ_HOME/reviews.jsonl; the schedule is kept.
        Example: dlquiz suspend fourier-transform; see them with: dlquiz list --suspended
        """

    var change = CardStatusChange(ids: [], json: false, clock: ClockOptions())

    static let arguments: [Argument<SuspendCommand>] = CardStatusChange.arguments(\.change.ids, \.change.json, \.change.clock)

    func validate() throws(CLIError) { try change.validate() }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        try change.run(.suspend, ctx, done: { "suspended \($0)" }, already: { "\($0) was already suspended" })
    }
}
