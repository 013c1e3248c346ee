/// `dlquiz bury ID…`: hide cards until the next study day.
struct BuryCommand: Command {
    static let name = "bury"
    static let summary = "Hide cards until the next study day begins (see --day-start)."
    static let discussion = "Example: dlquiz bury lstm-vs-gru (back tomorrow, after the day starts at 04:00)"

    var change = CardStatusChange(ids: [], json: false, clock: ClockOptions())

    static let arguments: [Argument<BuryCommand>] = CardStatusChange.arguments(\.change.ids, \.change.json, \.change.clock)

    func validate() throws(CLIError) { try change.validate() }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        try change.run(.bury, ctx, done: { "buried \($0) until the next study day" }, already: { "\($0) is already buried today" })
    }
}
