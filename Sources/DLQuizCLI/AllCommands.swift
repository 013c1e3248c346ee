/// The registry of commands. Add one line per command.
let allCommands: [any Command.Type] = [
    ListCommand.self,
]
