import Corpus
import Exercises
import JSONKit
import Scheduler

/// `dlquiz exercise [NAME]`: list the exercise templates, or draw an instance and check an answer.
struct ExerciseCommand: Command {
    static let name = "exercise"
    static let summary = "Exercises with fresh numbers: conv output sizes, parameter counts, softmax, Adam..."
    static let discussion = """
        Without NAME, lists the templates. With NAME, in a terminal, it asks for your answer before it
        shows the solution; from a pipe, or with --answer, it prints the solution at once. Reals are right
        within 1% unless the question says otherwise
        (e.g. to 2 decimals); counts and sizes must be exact. Each exercise is also a card, exercise-NAME,
        for study, show and grade (dlquiz grade exercise-NAME --seed N --answer X).
        Examples:
          dlquiz exercise
          dlquiz exercise conv-output-size --seed 7
          dlquiz exercise softmax --seed 7 --answer "0.24 0.24 0.14 0.39" --json
        """

    var template: String? = nil
    var seed: Int? = nil
    var answer: String? = nil
    var now: String? = nil
    var json = false

    static let arguments: [Argument<ExerciseCommand>] = [
        .positional(\.template, "NAME", kind: .choice(ExerciseCatalog.names),
                    help: "The template (or its card id, exercise-NAME); without it, the list of templates."),
        .option(\.seed, "--seed", "N",
                help: "Which instance; without it a new one is drawn from the clock and its seed printed."),
        .option(\.answer, "--answer", "X",
                help: "Check this answer: 0.25, .25, 1/4, 25%, 1.2e3, 1,234, 14x14, [14, 14], '0.09 0.24 0.67'."),
        .option(\.now, "--now", "ISO", kind: .time, help: "The clock for drawing a seed, ISO 8601 (default: now, or DLQUIZ_NOW)."),
        .flag(\.json, "--json", help: "Print {template, seed, question, params, answer, answer_text, solution, tolerance} (plus correct, given with --answer)."),
    ]

    /// The template NAME names; accepts the card id `exercise-NAME` too.
    static func template(named name: String) -> ExerciseTemplate? {
        let bare = name.hasPrefix(ExerciseCatalog.cardPrefix) ? String(name.dropFirst(ExerciseCatalog.cardPrefix.count)) : name
        return ExerciseCatalog.template(named: bare)
    }

    func validate() throws(CLIError) {
        guard let name = template else {
            if seed != nil || answer != nil || now != nil {
                throw .usage("--seed, --answer and --now need an exercise NAME (see: dlquiz exercise)")
            }
            return
        }
        if Self.template(named: name) == nil {
            let near = closestIDs(to: name, among: ExerciseCatalog.names)
            throw .usage("unknown exercise '\(name)'" + (near.isEmpty ? " (see: dlquiz exercise)" : " (did you mean: \(near.joined(separator: ", ")))"))
        }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        guard let name = template, let template = Self.template(named: name) else { return try list(ctx) }
        let seed: Int
        if let given = self.seed { seed = given } else { seed = ExerciseSeed.fromClock(micros: try ctx.now(now).micros) }
        let exercise = template.instance(seed: seed)
        if answer == nil, !json, ctx.console.stdinIsTerminal, ctx.console.stdoutIsTerminal {
            return try askInTerminal(ctx, exercise, template: template, seed: seed)
        }
        let verdict = answer.map(exercise.check)
        if json {
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

    /// In a terminal, without `--answer`: the question, then a prompt for the answer (Enter alone, or the
    /// end of input, skips it), the verdict, and only then the solution, so that printing an exercise does
    /// not give its answer away. An answer it cannot read is asked again; Ctrl-C exits 130.
    func askInTerminal(_ ctx: Context, _ exercise: Exercise, template: ExerciseTemplate, seed: Int) throws(CLIError) -> Int32 {
        let text = CardText(width: min(ctx.console.width, 100), color: ctx.useColor)
        try ctx.console.out(ExerciseText.question(exercise, text) + "\n\n")
        var out = ""
        while true {
            try ctx.console.out("Your answer (Enter for the solution): ")
            guard let terminal = RawTerminal() else { break }
            var keys = KeyReader()
            let typed = keys.editLine(echo: { try? ctx.console.out($0) })
            terminal.restore()
            try ctx.console.out("\n")
            guard case .line(let line) = typed else {
                if typed == .interrupted { return 130 }
                break
            }
            if line.allSatisfy(\.isWhitespace) { break }
            let verdict = exercise.check(line)
            if case .unreadable(let message) = verdict {
                try ctx.console.out("Cannot read that: \(message)\n")
                continue
            }
            out += ExerciseText.verdict(exercise, verdict) + "\n\n"
            break
        }
        out += ExerciseText.solution(exercise, text)
        out += text.style("Reproduce: dlquiz exercise \(template.name) --seed \(seed)", CardText.dim) + "\n"
        try ctx.console.out(out)
        return 0
    }

    /// The templates: name, level, title (or a JSON array of them).
    func list(_ ctx: Context) throws(CLIError) -> Int32 {
        if json {
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
