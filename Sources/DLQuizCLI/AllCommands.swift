/// The registry of commands. Add one line per command.
let allCommands: [any Command.Type] = [
    ListCommand.self,
    StudyCommand.self,
    ScheduleCommand.self,
    StatsCommand.self,
]
