#if canImport(Glibc)
import Glibc
#endif
import Corpus
import Exercises
import Grading
import JSONKit
import ReviewLog
import Scheduler

/// `dlquiz study` when stdin is not a terminal: a line protocol a script can converse with.
///
/// For each card dlquiz writes the card (text block, or one JSON object with `--json`) and reads
/// one line: `1`-`4` or `again|hard|good|easy`, `s`/`skip`, `u`/`undo`, `suspend`, `bury`,
/// `q`/`quit`. With `--typed` the line is the answer, graded by the Grader, except a line that is
/// exactly `q`, `s`, `u`, `suspend` or `bury` (`\q` answers "q"; see StudyLine); an empty answer is
/// an error. Personal cards then show their sample answer once and read a rating line. Exercise
/// cards always take the line as the answer (typed or not; the commands still work): it is checked
/// against the instance shown, and an unreadable one gets an error and the same card.
/// After a grade it writes the answer and the next due time. An invalid line gets an error line
/// and the same card again. EOF ends the session: exit 0, everything graded so far is saved.
struct PipeStudy {
    var plan: StudyPlan
    let ctx: Context
    let json: Bool
    let typed: Bool
    var input = KeyReader()

    mutating func run() throws(CLIError) -> Int32 {
        let grader = typed ? Grader() : nil
        var shownAt = SessionClock.monotonicMicros()
        var lastShown: String? = nil
        while let id = plan.session.next(at: plan.clock.now) {
            guard let card = plan.card(id) else {
                plan.session.skip(id)
                continue
            }
            if lastShown != id { shownAt = SessionClock.monotonicMicros() }
            lastShown = id
            try showCard(card)
            guard let line = input.line() else { break }
            let answer: String
            switch typed ? StudyLine.typed(line) : StudyLine.graded(line) {
            case .quit: return try finish()
            case .skip:
                plan.session.skip(id)
                try emit(["event": "skipped", "id": .string(id)], "skipped \(id)")
                continue
            case .suspend:
                let saved = try plan.suspend(id)
                try emit(["event": "suspended", "id": .string(id), "saved": .bool(saved)],
                         saved ? "suspended \(id) (dlquiz unsuspend \(id) brings it back)" : "suspended \(id) for this session (cram: not saved)")
                continue
            case .bury:
                let saved = try plan.bury(id)
                try emit(["event": "buried", "id": .string(id), "saved": .bool(saved)],
                         saved ? "buried \(id) until the next study day" : "buried \(id) for this session (cram: not saved)")
                continue
            case .undo:
                if let undone = try plan.undo() {
                    try emit(["event": "undone", "id": .string(undone)], "undone: \(undone) comes back")
                } else {
                    try error("nothing to undo")
                }
                continue
            case .empty where typed:
                try error("empty answer: type your answer on one line (s skip, u undo, q quit)")
                continue
            case .empty:
                answer = line
            case .answer(let text):
                answer = text
            }
            let elapsed = Int((SessionClock.monotonicMicros() - shownAt) / 1000)
            if let exercise = plan.exercise(for: card) {
                // Exercise cards: the line is the answer; unreadable input gets a message and the card again.
                let verdict = exercise.check(answer)
                guard let suggested = verdict.suggestedRating, let rating = Rating(rawValue: suggested) else {
                    if case .unreadable(let message) = verdict { try error("cannot read the answer: \(message)") }
                    continue
                }
                try graded(card, rating, elapsed, answer: answer, result: nil, exercise: (exercise, verdict))
                continue
            }
            if let grader {
                let result = grader.grade(answer, for: card)
                var rating = Rating(rawValue: result.rating)
                var answerShown = false
                if !result.autoGraded || rating == nil {
                    // The sample answer is shown here, once, to grade against.
                    var grade = result.json.objectValue ?? JSONObject()
                    grade["note"] = "personal card: not auto-graded; compare with the sample answer and grade yourself"
                    try emit(
                        ["event": "self_grade", "id": .string(id), "answer": .string(card.answer), "grade": .object(grade)],
                        "personal card: not auto-graded; compare with the sample answer and grade yourself.\nA:\n\(text(card.answer))\nrate 1-4:")
                    answerShown = true
                    rating = nil
                    while rating == nil {
                        guard let r = input.line() else { return try finish() }
                        rating = Rating(text: r)
                        if rating == nil { try error("expected a rating 1-4 or again|hard|good|easy, got '\(r)'") }
                    }
                }
                try graded(card, rating!, elapsed, answer: answer, result: result, answerShown: answerShown)
            } else if let rating = Rating(text: answer) {
                try graded(card, rating, elapsed, answer: nil, result: nil)
            } else {
                try error("expected 1-4, again, hard, good, easy, s (skip), u (undo), suspend, bury or q (quit); got '\(line)'")
            }
        }
        return try finish()
    }

    func text(_ s: String) -> String { CardText(width: 100, color: false).render(s) }

    func showCard(_ card: Card) throws(CLIError) {
        let s = plan.session
        let labels = plan.gradeLabels(card.id, at: plan.clock.now)
        let exercise = plan.exercise(for: card)
        if json {
            var intervals = JSONObject()
            for l in labels { intervals[l.rating.name] = .string(l.interval) }
            var event = JSONObject([
                ("event", "card"), ("id", .string(card.id)), ("question", .string(exercise?.question ?? card.question)),
                ("kind", .string(card.kind.rawValue)),
                ("n", .number(Double(s.shownCount + 1))), ("remaining", .number(Double(s.remaining))),
                ("due_left", .number(Double(s.dueLeft))), ("new_left", .number(Double(s.newLeft))),
                ("intervals", .object(intervals)),
            ])
            if let exercise {
                event["seed"] = .number(Double(exercise.seed))
                event["params"] = exercise.params
            }
            try ctx.console.line(JSON.object(event).compact)
        } else {
            let keys = labels.map { "\($0.rating.rawValue) \($0.rating.name) \($0.interval)" }.joined(separator: " · ")
            try ctx.console.out(
                "\(s.dueLeft) due · \(s.newLeft) new left · \(card.id)\n"
                    + "Q:\n\(text(exercise.map { "\($0.question) (seed\u{00A0}\($0.seed))" } ?? card.question))\n"
                    + (typed || exercise != nil ? "answer (one line):\n" : "grade: \(keys) · s skip · u undo · suspend · bury · q quit\n"))
        }
    }

    /// Saves the grade, then writes the answer (unless `answerShown` already) and the next due time;
    /// for an exercise card, the verdict and the worked solution of the instance that was shown.
    mutating func graded(_ card: Card, _ rating: Rating, _ elapsedMs: Int, answer: String?, result: GradeResult?,
                         answerShown: Bool = false, exercise: (Exercise, ExerciseVerdict)? = nil) throws(CLIError) {
        let score = exercise.map { $0.1.isRight ? 1.0 : 0.0 } ?? (result?.autoGraded == true ? result?.score : nil)
        let (after, leech) = try plan.grade(card.id, rating, durationMs: elapsedMs, answer: answer, score: score)
        let now = plan.clock.now
        if json {
            var o = JSONObject([
                ("event", "graded"), ("id", .string(card.id)), ("rating", .number(Double(rating.rawValue))),
                ("answer", .string(card.answer)), ("alternates", JSON(card.alternates)), ("note", JSON(card.note)),
                ("demo", JSON(card.demo)),
            ])
            if let after {
                o["state"] = .string(after.state.rawValue)
                o["due"] = .string(after.due.iso)
                o["interval"] = .string(IntervalText.short(micros: after.due.micros - now.micros))
            }
            if let result { o["grade"] = result.json }
            if let (e, verdict) = exercise {
                ExerciseText.addVerdict(e, verdict, to: &o)
            }
            try ctx.console.line(JSON.object(o).compact)
            if leech {
                try ctx.console.line(JSON.object(JSONObject([
                    ("event", "leech"), ("id", .string(card.id)), ("lapses", .number(Double(plan.session.lapses[card.id] ?? 0))),
                    ("demo", JSON(card.demo)), ("message", .string(plan.leechNotice(card))),
                ])).compact)
            }
        } else if let (e, verdict) = exercise {
            var out = ExerciseText.verdict(e, verdict) + "\n"
            out += ExerciseText.solution(e, CardText(width: 100, color: false))
            if let after {
                out += "graded \(rating.name) · next due \(after.due.iso) (\(IntervalText.short(micros: after.due.micros - now.micros)))\n"
            } else {
                out += "graded \(rating.name) · cram: not saved\n"
            }
            if leech { out += "leech: " + plan.leechNotice(card) + "\n" }
            try ctx.console.out(out + "\n")
        } else {
            var out = ""
            if let result, result.autoGraded {
                out += "score \(Int((result.score * 100).rounded()))% · suggested \(result.ratingName ?? "?")\n"
                if !result.hit.isEmpty { out += "hit: " + result.hit.map(\.point).joined(separator: "; ") + "\n" }
                if !result.missed.isEmpty { out += "missed: " + result.missed.joined(separator: "; ") + "\n" }
                if !result.misconceptions.isEmpty { out += "misconceptions: " + result.misconceptions.joined(separator: "; ") + "\n" }
            }
            if !answerShown { out += "A:\n\(text(card.answer))\n" }
            if let others = CardText.otherAnswersLine(card) { out += others + "\n" }
            if let note = card.note { out += "note: \(note)\n" }
            if let demo = card.demo { out += "Try: dlquiz demo \(demo)\n" }
            if let after {
                out += "graded \(rating.name) · next due \(after.due.iso) (\(IntervalText.short(micros: after.due.micros - now.micros)))\n"
            } else {
                out += "graded \(rating.name) · cram: not saved\n"
            }
            if leech { out += "leech: " + plan.leechNotice(card) + "\n" }
            try ctx.console.out(out + "\n")
        }
    }

    func emit(_ object: JSON, _ plain: String) throws(CLIError) {
        try ctx.console.line(json ? object.compact : plain)
    }

    func error(_ message: String) throws(CLIError) {
        try emit(["event": "error", "message": .string(message)], "error: " + message)
    }

    func finish() throws(CLIError) -> Int32 {
        let (reviewed, again, next) = plan.summary()
        if json {
            try ctx.console.line(JSON.object(JSONObject([
                ("event", "summary"), ("reviewed", .number(Double(reviewed))), ("again_rate", JSON(again)),
                ("next_due", JSON(next?.iso)), ("cram", .bool(plan.options.cram)),
                ("learning_later_today", .number(Double(plan.session.waitingLater(at: plan.clock.now)))),
                ("next_learning_due", JSON(plan.session.nextReturn(at: plan.clock.now)?.due.iso)),
                ("new_waiting", .number(Double(plan.session.newHeldBack))),
                ("new_waiting_for_siblings", .number(Double(plan.session.newHeldForSiblings))),
                ("new_per_day", .number(Double(plan.options.newPerDay))),
            ])).compact)
        } else {
            try ctx.console.line(StudySummary.line(reviewed: reviewed, againRate: again, nextDue: next, now: plan.clock.now, cram: plan.options.cram, learningLater: plan.session.waitingLater(at: plan.clock.now),
            learningReturns: plan.session.nextReturn(at: plan.clock.now)?.due, newLimitNote: plan.newLimitNote))
        }
        return 0
    }
}
