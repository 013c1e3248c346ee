import JSONKit

/// `dlquiz demo [NAME]`: the worked demos of the registry; with no name, the list of them.
struct DemoCommand: Command {
    static let name = "demo"
    static let summary = "Run a worked example on TinyTensor (backprop, conv, attention, ...); with no name, list them."
    static let subcommandNoun = "demo"
    static let discussion = """
        Each demo's own options: dlquiz demo NAME --help.
        Examples:
          dlquiz demo backprop
          dlquiz demo backprop --hidden 2 --seed 1      (gets stuck: a local minimum)
          dlquiz demo backprop --activation relu --seed 4 --json
          dlquiz demo activations
          dlquiz demo dropout --p 0.2
          dlquiz demo overfitting --seed 2
        Plots use Unicode braille and colour on a terminal; plain ASCII when piped or with NO_COLOR set.
        """
    static var subcommands: [any Command.Type] { DemoRegistry.all.map { $0.command } }

    var json = false

    static let arguments: [Argument<DemoCommand>] = [
        .flag(\.json, "--json", help: "List the demos as a JSON array of {\"name\", \"summary\"}."),
    ]

    /// `dlquiz demo`: one line per demo (or a JSON array of {name, summary}).
    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let demos = DemoRegistry.all
        if json {
            let items: [JSON] = demos.map { ["name": .string($0.name), "summary": .string($0.summary)] }
            try ctx.console.line(JSON.array(items).compact)
            return 0
        }
        let width = demos.map { $0.name.count }.max() ?? 0
        var out = ""
        for demo in demos {
            out += demo.name + String(repeating: " ", count: width - demo.name.count + 2) + demo.summary + "\n"
        }
        out += "Run one: dlquiz demo NAME [--seed N] [--json]; its options: dlquiz demo NAME --help\n"
        try ctx.console.out(out)
        return 0
    }
}
