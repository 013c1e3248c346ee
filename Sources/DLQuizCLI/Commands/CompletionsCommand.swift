/// `dlquiz completions bash|zsh|fish`: a shell completion script, generated from the command
/// declarations with the deck's card ids and tags and the demo names written in.
struct CompletionsCommand: Command {
    static let name = "completions"
    static let summary = "Print a shell completion script (bash, zsh or fish)."
    static let discussion = """
        Install:
          bash: dlquiz completions bash > ~/.local/share/bash-completion/completions/dlquiz
          zsh:  echo 'source <(dlquiz completions zsh)' >> ~/.zshrc
          fish: dlquiz completions fish > ~/.config/fish/completions/dlquiz.fish
        The man page: dlquiz help --man | man -l -
        """

    var shell = ""

    static let arguments: [Argument<CompletionsCommand>] = [
        .positional(\.shell, "SHELL", kind: .choice(["bash", "zsh", "fish"]), help: "bash, zsh or fish."),
    ]

    func validate() throws(CLIError) {
        guard ["bash", "zsh", "fish"].contains(shell) else { throw .usage("completions: expected bash, zsh or fish, got '\(shell)'") }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let deck = try ctx.deck()
        let values = CompletionValues(
            cardIDs: deck.cards.map(\.id), tags: deck.tagCounts.map(\.tag).sorted(), demoNames: DemoRegistry.all.map { $0.name })
        let commands = DLQuiz.declarations
        switch shell {
        case "bash": try ctx.console.out(BashCompletion.script(commands, values: values, topLevelExtras: ["help"]))
        case "zsh": try ctx.console.out(ZshCompletion.script(commands, values: values, topLevelExtras: ["help"]))
        default: try ctx.console.out(FishCompletion.script(commands, values: values, topLevelExtras: [("help", "Help for dlquiz or a command")]))
        }
        return 0
    }
}
