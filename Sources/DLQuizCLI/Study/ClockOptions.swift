import Scheduler

/// `--now` and `--day-start`, shared by `study`, `stats` and `optimize`.
struct ClockOptions {
    var now: String? = nil
    var dayStart = 4

    static let arguments: [Argument<ClockOptions>] = [
        .option(\.now, "--now", "ISO", kind: .time, help: "The time to act at, ISO 8601 (default: now, or DLQUIZ_NOW)."),
        .option(\.dayStart, "--day-start", "HOUR", help: "Hour the study day begins, local time."),
    ]

    func validate() throws(CLIError) {
        guard (0...23).contains(dayStart) else { throw .usage("--day-start must be an hour 0-23, got \(dayStart)") }
    }

    /// When a study day begins, local time.
    var dayClock: DayClock { DayClock.local(rolloverHour: dayStart) }
}
