import Corpus
import Exercises
import Grading
import Interview
import JSONKit
import ReviewLog
import Scheduler

/// Asks the interview's questions, from a pipe (study --typed's line protocol) or in a terminal
/// (a line per answer, the time left in the prompt), then prints the report.
struct InterviewRun {
    let questions: [InterviewQuestion]
    let ctx: Context
    let json: Bool
    let seed: Int
    let limitMicros: Int64
    /// With --log: the study plan whose one write path saves each answer.
    var plan: StudyPlan?
    var answers: [InterviewAnswer] = []
    var input = KeyReader()
    let scorer = InterviewScorer()
    let startedAt = SessionClock.monotonicMicros()

    init(questions: [InterviewQuestion], ctx: Context, json: Bool, seed: Int, limitMicros: Int64, plan: StudyPlan?) {
        self.questions = questions
        self.ctx = ctx
        self.json = json
        self.seed = seed
        self.limitMicros = limitMicros
        self.plan = plan
    }

    var leftMicros: Int64 { limitMicros - (SessionClock.monotonicMicros() - startedAt) }

    /// "12:34" left.
    var leftText: String {
        let s = max(0, leftMicros / 1_000_000)
        let sec = s % 60
        return "\(s / 60):\(sec < 10 ? "0" : "")\(sec)"
    }

    func text(_ s: String) -> String { CardText(width: 100, color: false).render(s) }

    func emit(_ object: JSON, _ plain: String) throws(CLIError) {
        try ctx.console.line(json ? object.compact : plain)
    }

    func error(_ message: String) throws(CLIError) {
        try emit(["event": "error", "message": .string(message)], "error: " + message)
    }

    // MARK: pipe

    mutating func pipe() throws(CLIError) -> Int32 {
        let minutes = Double(limitMicros) / 60_000_000
        try emit(JSON.object(JSONObject([
            ("event", "start"), ("questions", .number(Double(questions.count))), ("minutes", .number(minutes)),
            ("seed", .number(Double(seed))), ("log", .bool(plan != nil)),
        ])), "Mock interview: \(questions.count) question\(questions.count == 1 ? "" : "s"), \(JSON.format(minutes)) min (seed \(seed))\(plan == nil ? "" : ", answers logged")\n")
        var timeUp = false
        questions: for (i, q) in questions.enumerated() {
            if leftMicros <= 0 { timeUp = true; break }
            let shownAt = SessionClock.monotonicMicros()
            while true {
                // As study does, an error line is followed by the same question again.
                try showQuestion(q, index: i)
                guard let line = input.line() else { break questions }
                let elapsed = Int((SessionClock.monotonicMicros() - shownAt) / 1000)
                switch StudyLine.typed(line) {
                case .quit: break questions
                case .skip:
                    answers.append(scorer.skipped(q, elapsedMs: elapsed))
                    try emit(["event": "skipped", "id": .string(q.card.id)], "skipped \(q.card.id)\n")
                    continue questions
                case .undo, .suspend, .bury:
                    try error("not in an interview: type your answer on one line (s skip, q end; \\u answers \"u\")")
                case .empty:
                    try error("empty answer: type your answer on one line (s skip, q end)")
                case .answer(let answer):
                    switch scorer.score(answer, for: q, elapsedMs: elapsed) {
                    case .unreadable(let why):
                        try error("cannot read the answer: \(why)")
                    case .graded(let a, let result):
                        try record(a, q)
                        try graded(q, a, result: result, verdict: nil)
                        continue questions
                    case .checked(let a, let verdict):
                        try record(a, q)
                        try graded(q, a, result: nil, verdict: verdict)
                        continue questions
                    }
                }
            }
        }
        if leftMicros <= 0 { timeUp = true }
        try report(timeUp: timeUp)
        return 0
    }

    func showQuestion(_ q: InterviewQuestion, index i: Int) throws(CLIError) {
        if json {
            var event = JSONObject([
                ("event", "card"), ("id", .string(q.card.id)), ("question", .string(q.text)),
                ("kind", .string(q.card.kind.rawValue)), ("topic", .string(q.topic)),
                ("n", .number(Double(i + 1))), ("remaining", .number(Double(questions.count - i))),
                ("seconds_left", .number(Double(max(0, leftMicros / 1_000_000)))),
            ])
            if let e = q.exercise {
                event["seed"] = .number(Double(e.seed))
                event["params"] = e.params
            }
            try ctx.console.line(JSON.object(event).compact)
        } else {
            try ctx.console.out(
                "question \(i + 1)/\(questions.count) · \(q.topic) · \(leftText) left · \(q.card.id)\n"
                    + "Q:\n\(text(q.exercise.map { "\($0.question) (seed\u{00A0}\($0.seed))" } ?? q.card.question))\n"
                    + "answer (one line):\n")
        }
    }

    /// With --log, saves the answer through study's write path (suggested rating and score).
    mutating func record(_ a: InterviewAnswer, _ q: InterviewQuestion) throws(CLIError) {
        answers.append(a)
        guard plan != nil, let r = a.rating, let rating = Rating(rawValue: r) else { return }
        _ = try plan!.grade(q.card.id, rating, durationMs: a.elapsedMs, answer: a.answer, score: a.score)
    }

    func graded(_ q: InterviewQuestion, _ a: InterviewAnswer, result: GradeResult?, verdict: ExerciseVerdict?) throws(CLIError) {
        if json {
            var o = JSONObject([
                ("event", "graded"), ("id", .string(q.card.id)), ("topic", .string(q.topic)),
                ("rating", a.rating.map { .number(Double($0)) } ?? .null),
                ("score", .number((a.score * 1000).rounded() / 1000)), ("ms", .number(Double(a.elapsedMs))),
                ("answer", .string(q.card.answer)), ("logged", .bool(plan != nil)),
            ])
            if let result { o["grade"] = result.json }
            if let e = q.exercise, let verdict {
                ExerciseText.addVerdict(e, verdict, to: &o)
            }
            try ctx.console.line(JSON.object(o).compact)
        } else {
            try ctx.console.out(feedback(q, a, result: result, verdict: verdict) + "\n")
        }
    }

    func feedback(_ q: InterviewQuestion, _ a: InterviewAnswer, result: GradeResult?, verdict: ExerciseVerdict?) -> String {
        var out = ""
        if let e = q.exercise, let verdict {
            out += ExerciseText.verdict(e, verdict) + "\n"
            out += ExerciseText.solution(e, CardText(width: 100, color: false))
        } else if let result {
            out += "score \(Int((result.score * 100).rounded()))% · suggested \(result.ratingName ?? "?")\n"
            if !result.hit.isEmpty { out += "hit: " + result.hit.map(\.point).joined(separator: "; ") + "\n" }
            if !result.missed.isEmpty { out += "missed: " + result.missed.joined(separator: "; ") + "\n" }
            if !result.misconceptions.isEmpty { out += "misconceptions: " + result.misconceptions.joined(separator: "; ") + "\n" }
            out += "A:\n\(text(q.card.answer))\n"
        }
        if plan != nil, let r = a.rating, let rating = Rating(rawValue: r) { out += "logged as \(rating.name)\n" }
        return out
    }

    func report(timeUp: Bool) throws(CLIError) {
        let report = InterviewReport(answers: answers, timeUp: timeUp)
        if !json { try ctx.console.out(report.text) }
        try ctx.console.line(report.json.compact)
    }

    // MARK: terminal

    mutating func terminal() throws(CLIError) -> Int32 {
        guard let terminal = RawTerminal() else { throw .failure("cannot put the terminal in raw mode") }
        let outcome: Result<(interrupted: Bool, timeUp: Bool), CLIError>
        do throws(CLIError) {
            outcome = .success(try terminalLoop())
        } catch {
            outcome = .failure(error)
        }
        terminal.restore()
        try? ctx.console.out("\n")
        let (interrupted, timeUp) = try outcome.get()
        let report = InterviewReport(answers: answers, timeUp: timeUp)
        try ctx.console.out(report.text)
        if interrupted {
            ctx.console.error("dlquiz: interview interrupted; the report covers the answers so far")
            return 130
        }
        return 0
    }

    mutating func terminalLoop() throws(CLIError) -> (interrupted: Bool, timeUp: Bool) {
        let clear = "\u{1B}[H\u{1B}[2J"
        var message: String? = nil
        questions: for (i, q) in questions.enumerated() {
            if leftMicros <= 0 { return (false, true) }
            let shownAt = SessionClock.monotonicMicros()
            while true {
                var out = clear + "dlquiz interview · question \(i + 1)/\(questions.count) · \(q.topic)\n"
                if let message { out += message + "\n" }
                out += "\nQ\n" + text(q.exercise.map { "\($0.question) (seed \($0.seed))" } ?? q.card.question) + "\n\n"
                out += "Your answer (Enter submits; s skip · q end; \\q answers \"q\")\n[\(leftText) left] > "
                try ctx.console.out(out)
                message = nil
                let line: String
                switch input.editLine(echo: { try? ctx.console.out($0) }) {
                case .interrupted: return (true, false)
                case .ended: return (false, false)
                case .line(let l): line = l
                }
                let elapsed = Int((SessionClock.monotonicMicros() - shownAt) / 1000)
                switch StudyLine.typed(line) {
                case .quit: return (false, false)
                case .skip:
                    answers.append(scorer.skipped(q, elapsedMs: elapsed))
                    message = "Skipped \(q.card.id)."
                    continue questions
                case .undo, .suspend, .bury, .empty:
                    message = "Type your answer on one line (s skip · q end)."
                case .answer(let answer):
                    var a: InterviewAnswer
                    var shown = ""
                    switch scorer.score(answer, for: q, elapsedMs: elapsed) {
                    case .unreadable(let why):
                        message = "Could not read that: \(why). Try again."
                        continue
                    case .graded(let x, let result):
                        a = x
                        try record(a, q)
                        shown = feedback(q, a, result: result, verdict: nil)
                    case .checked(let x, let verdict):
                        a = x
                        try record(a, q)
                        shown = feedback(q, a, result: nil, verdict: verdict)
                    }
                    try ctx.console.out("\r\n\n" + shown.replacingNewlines() + "\r\nEnter next question · q end\r\n")
                    switch input.key() {
                    case .interrupt: return (true, false)
                    case .endOfInput, .character("q"), .character("Q"): return (false, false)
                    default: continue questions
                    }
                }
            }
        }
        return (false, leftMicros <= 0)
    }
}

extension String {
    /// \n as \r\n, for a terminal in raw mode.
    func replacingNewlines() -> String {
        var out = ""
        for c in self { if c == "\n" { out += "\r\n" } else { out.append(c) } }
        return out
    }
}
