import DemoText
import Demos

/// `dlquiz demo NAME`: one registered demo as a subcommand, with `--seed`, `--json` and its own options.
struct DemoRun<D: RunnableDemo>: Command {
    static var name: String { D.name }
    static var summary: String { D.summary }
    static var discussion: String { D.discussion }

    var demo = D()
    var seed = 1
    var json = false

    static var arguments: [Argument<DemoRun<D>>] {
        D.arguments.map { $0.lifted(\.demo) } + [
            .option(\.seed, "--seed", "N", help: "Random seed: the same seed gives the same output everywhere."),
            .flag(\.json, "--json", help: "Print all the demo's data as one JSON object instead of tables and plots."),
        ]
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let output: DemoOutput
        do throws(DemoError) {
            output = try demo.run(seed: seed, style: TextStyle(width: ctx.console.width, unicode: ctx.useColor))
        } catch {
            throw .usage(error.message)
        }
        try ctx.console.out(json ? output.json.compact + "\n" : output.text)
        return 0
    }
}
