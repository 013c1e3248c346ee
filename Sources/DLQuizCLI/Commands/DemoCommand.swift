import DemoText
import Demos
import JSONKit

/// `dlquiz demo [NAME]`: the worked demos of Demos, rendered for a terminal or as JSON.
enum DemoCommand: Command {
    static let spec = CommandSpec(
        name: "demo", summary: "Run a worked demo (backprop, activations, dropout, overfitting); with no name, list them.",
        usage: """
            dlquiz demo [NAME] [--seed N] [--json]
                   dlquiz demo backprop [--hidden 4] [--activation tanh|sigmoid|relu] [--lr 0.5] [--steps 2000]
                   dlquiz demo activations
                   dlquiz demo dropout [--p 0.5]
                   dlquiz demo overfitting [--p 0.5]
            """,
        flags: [("--json", "Print all the demo's data as one JSON object instead of tables and plots.")],
        options: [
            ("--seed", "Random seed (a whole number, default 1): the same seed gives the same output everywhere."),
            ("--hidden", "backprop: hidden units, 1 to \(BackpropDemo.maxHidden) (default 4)."),
            ("--activation", "backprop: hidden activation, tanh, sigmoid or relu (default tanh)."),
            ("--lr", "backprop: learning rate of gradient descent, above 0, at most 100 (default 0.5)."),
            ("--steps", "backprop: training steps, 1 to \(BackpropDemo.maxSteps) (default 2000)."),
            ("--p", "dropout, overfitting: drop probability, below 1 (default 0.5); overfitting needs it above 0."),
        ],
        discussion: """
            Examples:
              dlquiz demo backprop
              dlquiz demo backprop --hidden 2 --seed 1      (gets stuck: a local minimum)
              dlquiz demo backprop --activation relu --seed 4 --json
              dlquiz demo activations
              dlquiz demo dropout --p 0.2
              dlquiz demo overfitting --seed 2
            Plots use Unicode braille and colour on a terminal; plain ASCII when piped or with NO_COLOR set.
            """)

    /// Which options each demo accepts, besides --seed and --json.
    static let demoOptions: [String: [String]] = [
        "backprop": ["--hidden", "--activation", "--lr", "--steps"],
        "activations": [],
        "dropout": ["--p"],
        "overfitting": ["--p"],
    ]

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        guard let name = args.positionals.first else {
            try args.expectPositionals(0, "")
            return try list(args, ctx)
        }
        try args.expectPositionals(1, "demo name")
        guard DemoCatalog.names.contains(name) else {
            throw .usage("unknown demo '\(name)' (known demos: \(DemoCatalog.names.joined(separator: ", ")))")
        }
        let allowed = Set(demoOptions[name] ?? [])
        for option in spec.options.map(\.name) where option != "--seed" && !allowed.contains(option) && args.option(option) != nil {
            let owners = DemoCatalog.names.filter { demoOptions[$0]?.contains(option) == true }.map { "'demo \($0)'" }
            throw .usage("\(option) is not an option of 'demo \(name)' (it belongs to \(owners.joined(separator: " and ")))")
        }
        let seed = try args.int("--seed") ?? 1
        let hidden = try args.int("--hidden") ?? 4, learningRate = try args.double("--lr") ?? 0.5
        let steps = try args.int("--steps") ?? 2000, p = try args.double("--p") ?? 0.5
        let style = TextStyle(width: ctx.console.width, unicode: ctx.useColor)
        let json: JSON
        let text: String
        do throws(DemoError) {
            switch name {
            case "backprop":
                let demo = try BackpropDemo(
                    hidden: hidden, activation: try args.option("--activation").map(BackpropDemo.activation(named:)) ?? .tanh,
                    learningRate: learningRate, steps: steps, seed: seed)
                let report = demo.run()
                json = report.json
                text = args.flag("--json") ? "" : BackpropText.render(report, style)
            case "activations":
                let report = ActivationsDemo(seed: seed).run()
                json = report.json
                text = args.flag("--json") ? "" : ActivationsText.render(report, style)
            case "dropout":
                let report = try DropoutDemo(p: p, seed: seed).run()
                json = report.json
                text = args.flag("--json") ? "" : DropoutText.render(report, style)
            case "overfitting":
                let report = try OverfittingDemo(p: p, seed: seed).run()
                json = report.json
                text = args.flag("--json") ? "" : OverfittingText.render(report, style)
            default:
                // The demos whose only option is --seed (the lead ports these to the registry).
                json = .null
                text = SeededDemos.output(name, seed: seed, json: args.flag("--json"), style: style) ?? ""
            }
        } catch {
            throw .usage(error.message)
        }
        try ctx.console.out(args.flag("--json") && json != .null ? json.compact + "\n" : text)
        return 0
    }

    /// `dlquiz demo`: one line per demo (or a JSON array of {name, summary}).
    static func list(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        if args.flag("--json") {
            let items: [JSON] = DemoCatalog.entries.map { ["name": .string($0.name), "summary": .string($0.summary)] }
            try ctx.console.line(JSON.array(items).compact)
            return 0
        }
        let width = DemoCatalog.names.map(\.count).max() ?? 0
        var out = ""
        for entry in DemoCatalog.entries {
            out += entry.name + String(repeating: " ", count: width - entry.name.count + 2) + entry.summary + "\n"
        }
        out += "Run one: dlquiz demo NAME [--seed N] [--json]; options: dlquiz demo --help\n"
        try ctx.console.out(out)
        return 0
    }
}
