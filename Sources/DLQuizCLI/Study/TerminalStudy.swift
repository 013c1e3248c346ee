import Corpus
import Exercises
#if canImport(Glibc)
import Glibc
#endif
import Grading
import ReviewLog
import Scheduler

/// `dlquiz study` in a terminal: raw keys, one card per screen.
///
/// Question first; Space/Enter reveals the answer (note, demo hint, where the sources' answers are); 1-4 grade, each
/// labelled with the interval it gives; u undo, s skip, ! suspend, b bury, q or Ctrl-C quit. With `--typed` the user
/// types an answer line first and sees the grader's verdict; Enter accepts the suggested grade.
/// Exercise cards always ask for the answer first (typed or not) and show the verdict and the worked
/// solution of the instance; Enter accepts the suggestion (right Good, wrong Again), 1-4 override.
struct TerminalStudy {
    var plan: StudyPlan
    let ctx: Context
    let typed: Bool
    /// Page a revealed answer taller than the screen through $PAGER (off with --no-pager).
    var pager = true
    var keys = KeyReader()
    var message: String? = nil
    /// The exercise instance on screen, with the verdict on the typed answer once there is one.
    var exercise: (instance: Exercise, verdict: ExerciseVerdict?)? = nil
    var terminal: RawTerminal? = nil
    /// The card whose revealed answer was last paged: each reveal pages once.
    var pagedCard: String? = nil

    var text: CardText { CardText(width: min(ctx.console.width, 100), color: ctx.useColor) }

    mutating func run() throws(CLIError) -> Int32 {
        guard let terminal = RawTerminal() else { throw .failure("cannot put the terminal in raw mode") }
        self.terminal = terminal
        let outcome: Result<Bool, CLIError>
        do throws(CLIError) {
            outcome = .success(try loop())
        } catch {
            outcome = .failure(error)
        }
        terminal.restore()
        try? ctx.console.out(text.color ? "\u{1B}[?25h\n" : "\n")
        let interrupted = try outcome.get()
        let (reviewed, again, next) = plan.summary()
        try ctx.console.line(StudySummary.line(reviewed: reviewed, againRate: again, nextDue: next, now: plan.clock.now, cram: plan.options.cram, learningLater: plan.session.waitingLater(at: plan.clock.now),
            learningReturns: plan.session.nextReturn(at: plan.clock.now)?.due, newLimitNote: plan.newLimitNote))
        if interrupted {
            // Ctrl-C still ends the session cleanly, but scripts and shells see it as an interrupt.
            ctx.console.error("dlquiz: interrupted; every grade so far is saved")
            return 130
        }
        return 0
    }

    /// Draws and handles cards until the session ends or the user quits; true when ended by Ctrl-C.
    mutating func loop() throws(CLIError) -> Bool {
        let grader = typed ? Grader() : nil
        cards: while true {
            guard let id = plan.session.next(at: plan.clock.now) else {
                // Only learning cards remain, none within the learn-ahead limit: wait or end.
                guard let pending = plan.session.nextReturn(at: plan.clock.now) else { return false }
                switch try waitForStep(pending.due) {
                case .ready: continue
                case .end: return false
                case .interrupt: return true
                }
            }
            guard let card = plan.card(id) else {
                plan.session.skip(id)
                continue
            }
            let shownAt = SessionClock.monotonicMicros()
            pagedCard = nil
            var revealed = false
            var typedAnswer: String? = nil
            var result: GradeResult? = nil
            exercise = plan.exercise(for: card).map { ($0, nil) }
            if let instance = exercise?.instance {
                // Exercise cards: type the answer (q, s, u and \q as with --typed); an unreadable one
                // gets the reason and another try; an empty one shows the solution to grade yourself.
                answering: while true {
                    switch try typedInput(card, prompt: "Your answer (Enter submits; empty Enter shows the solution; q quit · s skip · u undo · suspend · bury; \\q answers \"q\"):") {
                    case .interrupted: return true
                    case .ended, .quit: return false
                    case .handled: continue cards
                    case .empty:
                        message = "No answer typed: compare with the solution below and grade yourself, 1-4."
                        break answering
                    case .answer(let text):
                        let verdict = instance.check(text)
                        if case .unreadable(let reason) = verdict {
                            message = "Could not read that: \(reason). Try again."
                            continue answering
                        }
                        typedAnswer = text
                        exercise = (instance, verdict)
                        result = ExerciseText.gradeResult(cardID: card.id, verdict)
                        break answering
                    }
                }
                revealed = true
            } else if let grader {
                switch try typedInput(card, prompt: "Your answer (Enter submits; empty Enter reveals; q quit · s skip · u undo · suspend · bury; \\q answers \"q\"):") {
                case .interrupted: return true
                case .ended, .quit: return false
                case .handled: continue cards
                case .empty:
                    message = "No answer typed: compare with the answer below and grade yourself, 1-4."
                case .answer(let text):
                    typedAnswer = text
                    result = grader.grade(text, for: card)
                }
                revealed = true
            }
            cardLoop: while true {
                try draw(card, revealed: revealed, result: result, prompt: nil, typedAnswer: typedAnswer)
                let key = keys.key()
                message = nil
                switch key {
                case .interrupt:
                    return true
                case .endOfInput, .character("q"), .character("Q"):
                    return false
                case .space where !revealed, .enter where !revealed:
                    revealed = true
                case .enter:
                    if let result, result.autoGraded, let rating = Rating(rawValue: result.rating) {
                        try grade(card, rating, shownAt, typedAnswer, result)
                        break cardLoop
                    }
                case .character("u"), .character("U"):
                    if let undone = try plan.undo() {
                        message = "Undid the grade of \(undone)."
                        break cardLoop
                    }
                    message = "Nothing to undo."
                case .character("s"), .character("S"):
                    plan.session.skip(id)
                    message = "Skipped \(id)."
                    break cardLoop
                case .character("!"):
                    message = try suspend(id)
                    break cardLoop
                case .character("b"), .character("B"):
                    message = try bury(id)
                    break cardLoop
                case .character(let c):
                    if revealed, let n = c.wholeNumberValue, let rating = Rating(rawValue: n) {
                        try grade(card, rating, shownAt, typedAnswer, result)
                        break cardLoop
                    }
                default:
                    break
                }
            }
        }
        return false
    }

    /// What a typed-answer prompt gave: an answer, an empty line, the end of input, or a command
    /// (skip, undo, suspend, bury) already carried out, with its message set.
    enum TypedInput { case interrupted, ended, quit, handled, empty, answer(String) }

    /// Shows `card` with `prompt`, reads one line, and carries out the line if it is a command
    /// (the typed-study rule: a line that is exactly q, s, u, suspend or bury; see StudyLine).
    mutating func typedInput(_ card: Card, prompt: String) throws(CLIError) -> TypedInput {
        try draw(card, revealed: false, result: nil, prompt: prompt)
        let line: String
        switch keys.editLine(echo: { try? ctx.console.out($0) }) {
        case .interrupted: return .interrupted
        case .ended: return .ended
        case .line(let text): line = text
        }
        message = nil
        switch StudyLine.typed(line) {
        case .quit: return .quit
        case .skip:
            plan.session.skip(card.id)
            message = "Skipped \(card.id)."
        case .undo: message = try plan.undo().map { "Undid the grade of \($0)." } ?? "Nothing to undo."
        case .suspend: message = try suspend(card.id)
        case .bury: message = try bury(card.id)
        case .empty: return .empty
        case .answer(let text): return .answer(text)
        }
        return .handled
    }

    mutating func suspend(_ id: String) throws(CLIError) -> String {
        try plan.suspend(id) ? "Suspended \(id) (dlquiz unsuspend \(id) brings it back)." : "Suspended \(id) for this session (cram: not saved)."
    }

    mutating func bury(_ id: String) throws(CLIError) -> String {
        try plan.bury(id) ? "Buried \(id) until the next study day." : "Buried \(id) for this session (cram: not saved)."
    }

    enum WaitOutcome { case ready, end, interrupt }

    /// "The next card returns in 9m": w waits (a countdown, q ends it), q or Enter ends the session.
    mutating func waitForStep(_ due: Moment) throws(CLIError) -> WaitOutcome {
        let t = text
        var waiting = false
        while true {
            let left = due.micros - plan.clock.now.micros
            if left <= 0 { return .ready }
            var out = "\u{1B}[H\u{1B}[2J"
            if let message { out += t.style(message, CardText.dim) + "\n" }
            out += "\nThe next learning card returns in \(IntervalText.short(micros: left)) (learn-ahead limit \(plan.options.learnAhead)).\n"
            out += t.style(waiting ? "Waiting… q ends the session" : "w wait · q end the session", CardText.dim) + "\n"
            try ctx.console.out(out)
            guard let key = keys.key(timeoutMillis: waiting ? 1000 : -1) else { continue }
            switch key {
            case .interrupt: return .interrupt
            case .character("w"), .character("W"): waiting = true
            case .endOfInput, .character("q"), .character("Q"), .enter: return .end
            default: break
            }
        }
    }

    mutating func grade(_ card: Card, _ rating: Rating, _ shownAt: Int64, _ answer: String?, _ result: GradeResult?) throws(CLIError) {
        let elapsed = Int((SessionClock.monotonicMicros() - shownAt) / 1000)
        let now = plan.clock.now
        let (after, leech) = try plan.grade(card.id, rating, durationMs: elapsed, answer: answer, score: result?.autoGraded == true ? result?.score : nil)
        if let after {
            message = "\(rating.label): \(card.id) due in \(IntervalText.short(micros: after.due.micros - now.micros))."
        } else {
            message = "\(rating.label) (cram: not saved)."
        }
        if leech { message = "Leech: " + plan.leechNotice(card) }
    }

    let clearScreen = "\u{1B}[H\u{1B}[2J"

    /// Clears the screen and draws the card.
    mutating func draw(_ card: Card, revealed: Bool, result: GradeResult?, prompt: String?, typedAnswer: String? = nil) throws(CLIError) {
        let t = text
        let s = plan.session
        var out = clearScreen
        var progress = "dlquiz study\(plan.options.cram ? " (cram)" : "") · \(s.dueLeft) due · \(s.newLeft) new left"
        if !card.tags.isEmpty { progress += " · " + card.tags.joined(separator: ", ") }
        out += t.wrap(progress, width: t.width).map { t.style($0, CardText.dim) }.joined(separator: "\n") + "\n"
        if let message { out += t.wrap(message, width: t.width).map { t.style($0, CardText.dim) }.joined(separator: "\n") + "\n" } else { out += "\n" }
        let question = exercise.map { "\($0.instance.question) (seed \($0.instance.seed))" } ?? card.question
        out += "\n" + t.style("Q", CardText.bold + CardText.cyan) + "\n" + t.style(t.render(question), CardText.bold) + "\n\n"
        if let prompt {
            out += t.wrap(prompt, width: t.width).joined(separator: "\n") + "\n> "
            try ctx.console.out(out)
            return
        }
        if !revealed {
            out += t.wrap("Space/Enter show answer · s skip · u undo · ! suspend · b bury · q quit", width: t.width).map { t.style($0, CardText.dim) }.joined(separator: "\n") + "\n"
            try ctx.console.out(out)
            return
        }
        if let (instance, verdict) = exercise {
            if let typed = typedAnswer { out += t.style("You wrote", CardText.dim) + "\n" + t.render(typed) + "\n\n" }
            if let verdict { out += t.style(ExerciseText.verdict(instance, verdict), CardText.bold + CardText.yellow) + "\n\n" }
            out += ExerciseText.solution(instance, t)
        } else if let result {
            if let typed = typedAnswer { out += t.style("You wrote", CardText.dim) + "\n" + t.render(typed) + "\n\n" }
            if result.autoGraded {
                out += t.style("Your answer: \(Int((result.score * 100).rounded()))% · suggested \(result.ratingName ?? "?")", CardText.bold + CardText.yellow) + "\n"
                for h in result.hit { out += t.render("✓ \(h.point)") + "\n" }
                for m in result.missed { out += t.render("✗ \(m)") + "\n" }
                for m in result.misconceptions { out += t.render("! misconception: \(m)") + "\n" }
            } else {
                out += t.style("Personal card: no automatic grade; compare and grade yourself.", CardText.yellow) + "\n"
            }
            out += "\n"
        }
        if exercise == nil { out += t.style("A", CardText.bold + CardText.cyan) + "\n" + t.render(card.answer) + "\n" }
        if let others = CardText.otherAnswersLine(card) { out += "\n" + t.style(others, CardText.dim) + "\n" }
        if let note = card.note { out += "\n" + t.style("Note", CardText.yellow) + "\n" + t.render(note) + "\n" }
        if let demo = card.demo { out += "\nTry: dlquiz demo \(demo)\n" }
        let labels = plan.gradeLabels(card.id, at: plan.clock.now)
            .map { "\($0.rating.rawValue) \($0.rating.label) \($0.interval)" }.joined(separator: " · ")
        out += "\n" + t.wrap(labels, width: t.width).map { t.style($0, CardText.bold) }.joined(separator: "\n") + "\n"
        var hint = "u undo · s skip · ! suspend · b bury · q quit"
        if let result, result.autoGraded, let r = Rating(rawValue: result.rating) { hint = "Enter accepts \(r.rawValue) \(r.label) · " + hint }
        out += t.wrap(hint, width: t.width).map { t.style($0, CardText.dim) }.joined(separator: "\n") + "\n"
        if pagedCard != card.id, let terminal, Pager.wanted(out, ctx, enabled: pager) {
            // Taller than the screen: read it in the pager (cooked mode), then the screen shows
            // its end, with the grade keys.
            pagedCard = card.id
            let body = String(out.dropFirst(clearScreen.count))
            _ = terminal.outside { Pager.run(body, ctx) }
        }
        try ctx.console.out(out)
    }
}
