import Exercises
import Grading
import JSONKit

/// How the commands and study sessions print an exercise instance and a checked answer.
enum ExerciseText {
    /// The question with its seed, wrapped.
    static func question(_ e: Exercise, _ text: CardText) -> String {
        text.render(e.question) + "\n" + text.style("  (\(e.template), seed \(e.seed))", CardText.dim)
    }

    /// The worked solution, one numbered step a line, ending with the answer.
    static func solution(_ e: Exercise, _ text: CardText) -> String {
        var out = text.style("Solution", CardText.cyan) + "\n"
        let digits = String(e.solution.count).count
        for (i, step) in e.solution.enumerated() {
            // "  1. text", numbers right-aligned when there are ten or more; a hanging indent lines
            // continuation lines up under the step's text.
            let number = String(i + 1)
            let label = "  " + String(repeating: " ", count: digits - number.count) + number + ". "
            let lines = text.wrap(step, width: max(20, text.width - label.count))
            for (k, line) in lines.enumerated() {
                out += (k == 0 ? label : String(repeating: " ", count: label.count)) + line + "\n"
            }
        }
        return out
    }

    /// "right" / "wrong: you gave …, the answer is …".
    static func verdict(_ e: Exercise, _ verdict: ExerciseVerdict) -> String {
        switch verdict {
        case .right: return "Right: \(e.answerText). Suggested: 3 Good."
        case .wrong(let given):
            let g = given.map(NumberText.plain).joined(separator: " ")
            return "Wrong: you gave \(g); the answer is \(e.answerText). Suggested: 1 Again."
        case .unreadable(let message): return "Could not read the answer: \(message)"
        }
    }

    /// The result of grading an exercise card, shaped like the grader's result (`score` 1 or 0,
    /// `rating` 3 or 1, `method` "exercise"), so batches and summaries treat both alike.
    static func gradeResult(cardID: String, _ verdict: ExerciseVerdict) -> GradeResult {
        GradeResult(card: cardID, score: verdict.isRight ? 1 : 0, rating: verdict.suggestedRating ?? 1, autoGraded: true,
                    method: "exercise")
    }

    /// A checked exercise answer in a pipe event (study's `graded`, the interview's answer): `answer` (the
    /// expected answer as text), `seed`, `expected`, `given`, `correct`, `solution`.
    static func addVerdict(_ e: Exercise, _ verdict: ExerciseVerdict, to o: inout JSONObject) {
        o["answer"] = .string(e.answerText)
        o["seed"] = .number(Double(e.seed))
        o["expected"] = e.answerJSON
        o["given"] = .array(verdict.given.map { .number($0) })
        o["correct"] = .bool(verdict.isRight)
        o["solution"] = JSON(e.solution)
    }

    /// `grade`'s JSON for an exercise card: the grade result's fields, then `seed`, `correct`, `expected`,
    /// `given`, `answer_text`, `solution`, `tolerance`.
    static func gradeJSON(cardID: String, _ e: Exercise, _ verdict: ExerciseVerdict) -> JSON {
        let result = gradeResult(cardID: cardID, verdict)
        var o = JSONObject()
        o["card"] = .string(cardID)
        o["auto_graded"] = true
        o["score"] = .number(result.score)
        o["rating"] = .number(Double(result.rating))
        o["rating_name"] = JSON(result.ratingName)
        o["method"] = "exercise"
        o["seed"] = .number(Double(e.seed))
        o["correct"] = .bool(verdict.isRight)
        o["expected"] = e.answerJSON
        o["given"] = .array(verdict.given.map { .number($0) })
        o["answer_text"] = .string(e.answerText)
        o["solution"] = JSON(e.solution)
        o["tolerance"] = e.tolerance.json
        return .object(o)
    }
}
