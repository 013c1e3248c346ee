/// The registry of commands, in the order `dlquiz --help` lists them. Add one line per command.
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
    OptimizeCommand.self,
    DemoCommand.self,
    ExerciseCommand.self,
    ImportCommand.self,
    ExportCommand.self,
    DecksCommand.self,
]
