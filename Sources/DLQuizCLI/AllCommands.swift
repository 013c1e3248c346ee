/// The registry of commands. Add one line per command.
let allCommands: [any Command.Type] = [
    ListCommand.self,
    ShowCommand.self,
    SearchCommand.self,
    TagsCommand.self,
    CorpusCommand.self,
    GradeCommand.self,
    StudyCommand.self,
    ScheduleCommand.self,
    StatsCommand.self,
    DemoCommand.self,
    ImportCommand.self,
    ExportCommand.self,
    DecksCommand.self,
]
