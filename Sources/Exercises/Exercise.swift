import JSONKit

/// One instance of an exercise template: the numbers drawn for one seed, the question that states
/// them, the answer at full precision, and the worked solution that prints the same numbers.
public struct Exercise: Sendable {
    /// The template's name, e.g. `conv-output-size`.
    public var template: String
    public var seed: Int
    public var question: String
    /// The drawn numbers, named as the issue and the template's documentation name them.
    public var params: JSON
    /// Unrounded; one number, or several for `.size` and `.reals`.
    public var answer: [Double]
    /// How the solution writes the answer, e.g. `[16, 16]` or `0.197`.
    public var answerText: String
    /// The worked solution, one step a line; the last step gives `answerText`.
    public var solution: [String]
    public var form: AnswerForm
    public var tolerance: Tolerance

    public init(template: String, seed: Int, question: String, params: JSON, answer: [Double], answerText: String,
                solution: [String], form: AnswerForm, tolerance: Tolerance) {
        self.template = template
        self.seed = seed
        self.question = question
        self.params = params
        self.answer = answer
        self.answerText = answerText
        self.solution = solution
        self.form = form
        self.tolerance = tolerance
    }

    /// Reads and checks a typed answer.
    public func check(_ text: String) -> ExerciseVerdict {
        switch AnswerReader.read(text, form: form) {
        case .failure(let error):
            return .unreadable(error.message)
        case .success(let given):
            let right = zip(given, answer).allSatisfy { tolerance.accepts($0, $1) }
            return right ? .right(given) : .wrong(given)
        }
    }

    /// The answer as JSON: a number, or an array for list answers.
    public var answerJSON: JSON { Exercise.numbers(answer, list: form.isList) }

    static func numbers(_ values: [Double], list: Bool) -> JSON {
        list || values.count != 1 ? .array(values.map { .number($0) }) : .number(values[0])
    }

    /// `{"template", "seed", "question", "params", "answer", "answer_text", "solution", "tolerance"}`.
    public var json: JSON {
        .object(JSONObject([
            ("template", .string(template)), ("seed", .number(Double(seed))), ("question", .string(question)),
            ("params", params), ("answer", answerJSON), ("answer_text", .string(answerText)),
            ("solution", JSON(solution)), ("tolerance", tolerance.json),
        ]))
    }

    /// `json` plus `"given"` (what was read, null when unreadable), `"correct"` and, when the
    /// answer could not be read, `"error"`.
    public func json(checking text: String) -> JSON {
        guard case .object(var o) = json else { return json }
        let verdict = check(text)
        o["given_text"] = .string(text)
        switch verdict {
        case .right(let given), .wrong(let given): o["given"] = Exercise.numbers(given, list: form.isList)
        case .unreadable(let message):
            o["given"] = .null
            o["error"] = .string(message)
        }
        o["correct"] = verdict.isReadable ? .bool(verdict.isRight) : .null
        return .object(o)
    }
}
