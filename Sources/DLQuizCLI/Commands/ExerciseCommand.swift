import Corpus
import Exercises
import JSONKit
import Scheduler

/// `dlquiz exercise [NAME]`: list the exercise templates, or draw an instance and check an answer.
enum ExerciseCommand: Command {
    static let spec = CommandSpec(
        name: "exercise", summary: "Exercises with fresh numbers: conv output sizes, parameter counts, softmax, Adam...",
        usage: "dlquiz exercise [NAME] [--seed N] [--json] [--answer X]",
        flags: [("--json", "Print {template, seed, question, params, answer, answer_text, solution, tolerance} (plus correct, given with --answer).")],
        options: [
            ("--seed", "Which instance (a whole number); without it a new one is drawn from the clock and its seed printed."),
            ("--answer", "Check this answer: 0.25, .25, 1/4, 25%, 1.2e3, 1,234, 14x14, [14, 14], '0.09 0.24 0.67'."),
            ("--now", "The clock for drawing a seed, ISO 8601 (default: now, or DLQUIZ_NOW)."),
        ],
        discussion: """
            Without NAME, lists the templates. Reals are right within 1% unless the question says otherwise
            (e.g. to 2 decimals); counts and sizes must be exact. Each exercise is also a card, exercise-NAME,
            for study, show and grade (dlquiz grade exercise-NAME --seed N --answer X).
            Examples:
              dlquiz exercise
              dlquiz exercise conv-output-size --seed 7
              dlquiz exercise softmax --seed 7 --answer "0.09 0.24 0.67" --json
            """)

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        guard let name = args.positionals.first else {
            try args.expectPositionals(0, "")
            return try list(args, ctx)
        }
        try args.expectPositionals(1, "template name")
        let lookup = name.hasPrefix(ExerciseCatalog.cardPrefix) ? String(name.dropFirst(ExerciseCatalog.cardPrefix.count)) : name
        guard let template = ExerciseCatalog.template(named: lookup) else {
            let near = closestIDs(to: lookup, among: ExerciseCatalog.names)
            throw .usage("unknown exercise '\(name)'" + (near.isEmpty ? " (see: dlquiz exercise)" : " (did you mean: \(near.joined(separator: ", ")))"))
        }
        var seed = ExerciseSeed.fromClock(micros: try ctx.now(args).micros)
        if let given = try args.int("--seed") { seed = given }
        let exercise = template.instance(seed: seed)
        let answer = args.option("--answer")
        let verdict = answer.map(exercise.check)
        if args.flag("--json") {
            try ctx.console.line((answer.map(exercise.json(checking:)) ?? exercise.json).compact)
        } else {
            let text = CardText(width: min(ctx.console.width, 100), color: ctx.useColor)
            var out = ExerciseText.question(exercise, text) + "\n\n"
            if let answer, let verdict {
                out += "Your answer: \(answer)\n" + ExerciseText.verdict(exercise, verdict) + "\n\n"
            }
            if verdict?.isReadable ?? true {
                out += ExerciseText.solution(exercise, text)
                out += text.style("Reproduce: dlquiz exercise \(template.name) --seed \(seed)", CardText.dim) + "\n"
            }
            try ctx.console.out(out)
        }
        if case .unreadable(let message) = verdict {
            ctx.console.error("dlquiz: cannot read the answer: \(message)")
            return 1
        }
        return 0
    }

    /// The templates: name, level, title (or a JSON array of them).
    static func list(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        if args.flag("--json") {
            let items: [JSON] = ExerciseCatalog.templates.map {
                .object(JSONObject([
                    ("name", .string($0.name)), ("card", .string($0.cardID)), ("title", .string($0.title)),
                    ("level", .string($0.level.rawValue)), ("tags", JSON($0.tags)), ("practises", JSON($0.practises)),
                ]))
            }
            try ctx.console.line(JSON.array(items).compact)
            return 0
        }
        let width = ExerciseCatalog.names.map(\.count).max() ?? 0
        var out = ""
        for t in ExerciseCatalog.templates {
            out += t.name + String(repeating: " ", count: width - t.name.count + 2)
                + "[\(t.level.rawValue)]" + String(repeating: " ", count: 13 - t.level.rawValue.count) + t.title + "\n"
        }
        out += "\(ExerciseCatalog.templates.count) exercises. Try one: dlquiz exercise NAME [--seed N] [--answer X]\n"
        try ctx.console.out(out)
        return 0
    }
}
