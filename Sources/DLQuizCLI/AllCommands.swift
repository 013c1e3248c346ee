/// The registry of commands, in the order `dlquiz --help` lists them. Add one line per command.
let allCommands: [any Command.Type] = [
    ListCommand.self,
    ShowCommand.self,
    SearchCommand.self,
    TagsCommand.self,
    CorpusCommand.self,
    GradeCommand.self,
    StudyCommand.self,
    SuspendCommand.self,
    UnsuspendCommand.self,
    BuryCommand.self,
    ScheduleCommand.self,
    StatsCommand.self,
    LogCommand.self,
    OptimizeCommand.self,
    DemoCommand.self,
    CompletionsCommand.self,
]
