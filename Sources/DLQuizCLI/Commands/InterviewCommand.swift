import Corpus
import Interview
import JSONKit
import Scheduler

/// `dlquiz interview`: a timed mock interview across topics, scored, with a report at the end.
struct InterviewCommand: Command {
    static let name = "interview"
    static let summary = "A timed mock interview: typed answers across topics, graded, with a report."
    static let discussion = """
        Asks --questions questions (or until --minutes pass): concept cards round-robin over topics,
        answered in words and graded against their key points, and about one in four an exercise
        card, answered with a number. Personal cards are left out. The same --seed asks the same
        questions. Nothing is logged unless --log: then each answer is saved as a review with the
        grader's suggested rating, as typed study does.
        The report gives the score per topic (weakest first), the time per answer, the worst-answered
        cards with their missed key points, and the commands to study them.
        From a pipe: one line per answer, as in typed study (s skips, q ends, \\q answers "q"; an empty
        line is an error); the last line is {"event": "report", ...}. Ctrl-C in a terminal ends
        with the report so far.
        Example: printf 'gradients shrink\\ns\\n' | dlquiz interview --questions 2 --seed 7
        """

    var minutes = 20.0
    var questions = 10
    var filter = CardFilter()
    var seed: Int? = nil
    var json = false
    var log = false
    var clock = ClockOptions()

    static let arguments: [Argument<InterviewCommand>] = [
        .option(\.minutes, "--minutes", "M", help: "The time limit; the interview ends after the answer that passes it."),
        .option(\.questions, "--questions", "N", help: "How many questions."),
    ] + CardFilter.arguments.map { $0.lifted(\.filter) } + [
        .option(\.seed, "--seed", "N", help: "Which questions (default: drawn from the clock, and printed)."),
        .flag(\.json, "--json", help: "One JSON object a line, ending with the report."),
        .flag(\.log, "--log", help: "Save each answer as a review (suggested rating and score); default: the schedule is left alone."),
    ] + ClockOptions.arguments.map { $0.lifted(\.clock) }

    func validate() throws(CLIError) {
        guard minutes > 0, minutes.isFinite else { throw .usage("--minutes must be more than 0") }
        guard questions >= 1 else { throw .usage("--questions must be 1 or more") }
        if let seed, seed < 0 { throw .usage("--seed must be 0 or more") }
        try clock.validate()
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let deck = try ctx.deck()
        try filter.check(deck)
        let start = try ctx.now(clock.now)
        let seed = self.seed ?? Int(UInt64(bitPattern: start.micros) % 1_000_000)
        let picked = InterviewSelection().pick(from: filter.apply(deck.cards), count: questions, seed: UInt64(seed))
        guard !picked.isEmpty else {
            throw .failure("no concept or exercise cards match the filter (personal cards are not asked)")
        }
        var plan: StudyPlan? = nil
        if log {
            var study = StudyCommand()
            study.filter = filter
            study.clock = clock
            study.typed = true
            plan = try StudyPlan.make(study, ctx)
        }
        var run = InterviewRun(questions: picked, ctx: ctx, json: json, seed: seed,
                               limitMicros: Int64(minutes * 60_000_000), plan: plan)
        if ctx.console.stdinIsTerminal && !json { return try run.terminal() }
        return try run.pipe()
    }
}
