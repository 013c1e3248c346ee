/// `dlquiz unsuspend ID…`: bring suspended (or buried) cards back into study.
struct UnsuspendCommand: Command {
    static let name = "unsuspend"
    static let summary = "Bring suspended or buried cards back into study."
    static let discussion = "Cancels a suspension (a leech's too) and a bury. Example: dlquiz unsuspend fourier-transform"

    var change = CardStatusChange(ids: [], json: false, clock: ClockOptions())

    static let arguments: [Argument<UnsuspendCommand>] = CardStatusChange.arguments(\.change.ids, \.change.json, \.change.clock)

    func validate() throws(CLIError) { try change.validate() }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        try change.run(.unsuspend, ctx, done: { "unsuspended \($0)" }, already: { "\($0) was neither suspended nor buried" })
    }
}
