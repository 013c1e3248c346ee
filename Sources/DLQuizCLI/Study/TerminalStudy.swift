import Corpus
#if canImport(Glibc)
import Glibc
#endif
import Grading
import Scheduler

/// `dlquiz study` in a terminal: raw keys, one card per screen.
///
/// Question first; Space/Enter reveals the answer (alternates, note, demo hint); 1-4 grade, each
/// labelled with the interval it gives; u undo, s skip, q or Ctrl-C quit. With `--typed` the user
/// types an answer line first and sees the grader's verdict; Enter accepts the suggested grade.
struct TerminalStudy {
    var plan: StudyPlan
    let ctx: Context
    let typed: Bool
    var keys = KeyReader()
    var message: String? = nil

    var text: CardText { CardText(width: min(ctx.console.width, 100), color: ctx.useColor) }

    mutating func run() throws(CLIError) -> Int32 {
        guard let terminal = RawTerminal() else { throw .failure("cannot put the terminal in raw mode") }
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
        try ctx.console.line(StudySummary.line(reviewed: reviewed, againRate: again, nextDue: next, now: plan.clock.now, cram: plan.options.cram, learningLater: plan.session.waitingLater(at: plan.clock.now)))
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
        while let id = plan.session.next(at: plan.clock.now) {
            guard let card = plan.card(id) else {
                plan.session.skip(id)
                continue
            }
            let shownAt = SessionClock.monotonicMicros()
            var revealed = false
            var typedAnswer: String? = nil
            var result: GradeResult? = nil
            if let grader {
                try draw(card, revealed: false, result: nil, prompt: "Your answer (Enter to submit, empty to just reveal, Ctrl-C quits):\n> ")
                guard let line = keys.editLine(echo: { try? ctx.console.out($0) }) else { return false }
                if !line.trimmedSpaces.isEmpty {
                    typedAnswer = line
                    result = grader.grade(line, for: card)
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

    mutating func grade(_ card: Card, _ rating: Rating, _ shownAt: Int64, _ answer: String?, _ result: GradeResult?) throws(CLIError) {
        let elapsed = Int((SessionClock.monotonicMicros() - shownAt) / 1000)
        let now = plan.clock.now
        if let after = try plan.grade(card.id, rating, durationMs: elapsed, answer: answer, score: result?.autoGraded == true ? result?.score : nil) {
            message = "\(rating.label): \(card.id) due in \(IntervalText.short(micros: after.due.micros - now.micros))."
        } else {
            message = "\(rating.label) (cram: not saved)."
        }
    }

    /// Clears the screen and draws the card.
    func draw(_ card: Card, revealed: Bool, result: GradeResult?, prompt: String?, typedAnswer: String? = nil) throws(CLIError) {
        let t = text
        let s = plan.session
        var out = "\u{1B}[H\u{1B}[2J"
        var progress = "dlquiz study\(plan.options.cram ? " (cram)" : "") · card \(s.shownCount + 1) of \(s.shownCount + s.remaining) · \(s.dueLeft) due · \(s.newLeft) new left"
        if !card.tags.isEmpty { progress += " · " + card.tags.joined(separator: ", ") }
        out += t.style(progress, CardText.dim) + "\n"
        if let message { out += t.style(message, CardText.dim) + "\n" } else { out += "\n" }
        out += "\n" + t.style("Q", CardText.bold + CardText.cyan) + "\n" + t.style(t.render(card.question), CardText.bold) + "\n\n"
        if let prompt {
            out += prompt
            try ctx.console.out(out)
            return
        }
        if !revealed {
            out += t.style("Space/Enter show answer · s skip · u undo · q quit", CardText.dim) + "\n"
            try ctx.console.out(out)
            return
        }
        if let result {
            if let typed = typedAnswer { out += t.style("You wrote", CardText.dim) + "\n" + t.render(typed) + "\n\n" }
            if result.autoGraded {
                out += t.style("Your answer: \(Int((result.score * 100).rounded()))% · suggested \(result.ratingName ?? "?")", CardText.bold + CardText.yellow) + "\n"
                for h in result.hit { out += "  ✓ \(h.point)\n" }
                for m in result.missed { out += "  ✗ \(m)\n" }
                for m in result.misconceptions { out += "  ! misconception: \(m)\n" }
            } else {
                out += t.style("Personal card: no automatic grade; compare and grade yourself.", CardText.yellow) + "\n"
            }
            out += "\n"
        }
        out += t.style("A", CardText.bold + CardText.cyan) + "\n" + t.render(card.answer) + "\n"
        for alt in card.alternates {
            out += "\n" + t.style("Also", CardText.dim) + "\n" + t.render(alt) + "\n"
        }
        if let note = card.note { out += "\n" + t.style("Note", CardText.yellow) + "\n" + t.render(note) + "\n" }
        if let demo = card.demo { out += "\nTry: dlquiz demo \(demo)\n" }
        let labels = plan.gradeLabels(card.id, at: plan.clock.now)
            .map { "\($0.rating.rawValue) \($0.rating.label) \($0.interval)" }.joined(separator: " · ")
        out += "\n" + t.style(labels, CardText.bold) + "\n"
        var hint = "u undo · s skip · q quit"
        if let result, result.autoGraded, let r = Rating(rawValue: result.rating) { hint = "Enter accepts \(r.rawValue) \(r.label) · " + hint }
        out += t.style(hint, CardText.dim) + "\n"
        try ctx.console.out(out)
    }
}
