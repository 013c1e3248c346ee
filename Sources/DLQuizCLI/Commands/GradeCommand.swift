import Corpus
import Exercises
import Platform
import Grading
import JSONKit

#if canImport(Glibc)
import Glibc
#endif

/// `dlquiz grade`: grade a typed answer by its key points, one at a time or a batch of JSON lines.
struct GradeCommand: Command {
    static let name = "grade"
    static let summary = "Grade a typed answer by meaning: key points hit and missed, a suggested rating."
    static let discussion = """
        The score (0 to 1) is the weighted share of the card's key points the answer states. A list of
        terms without a statement, a misconception, or the opposite of a key point (inverted, swapped
        roles, denied) caps it at Hard. Suggested rating: below 0.15 Again, below 0.50 Hard, below 0.85
        Good, else Easy.
        Personal cards have no reference answer and are never auto-graded. Exercise cards (exercise-NAME) are
        checked numerically against the instance of --seed N (batch lines: "seed": N): right suggests Good, wrong Again.

        A batch writes one JSON result per input line (with "line": N, or "error" for a bad line),
        then a summary line {"summary": {...}} with the mean score overall and per tag.

        Examples:
          dlquiz grade dropout --answer "Randomly zeroes units while training; off at inference."
          echo "Leaky ReLU keeps a small slope for negative inputs" | dlquiz grade leaky-relu-vs-relu --json
          dlquiz grade --batch answers.jsonl
          dlquiz grade exercise-softmax --seed 7 --answer "0.24 0.24 0.14 0.39"
          dlquiz list --json | jq -c '.[] | {card: .id, answer: .answer}' | dlquiz grade --batch -
        """

    var id: String? = nil
    var answer: String? = nil
    var batch: String? = nil
    var seed: Int? = nil
    var json = false

    static let arguments: [Argument<GradeCommand>] = [
        .positional(\.id, "ID", kind: .cardID, help: "The card's id (not with --batch); see: dlquiz list."),
        .option(\.answer, "--answer", "TEXT", help: "The answer to grade; without it the answer is read from standard input."),
        .option(\.batch, "--batch", "FILE", kind: .file,
                help: "Grade JSON lines {\"card\": ID, \"answer\": TEXT} from FILE ('-' for standard input)."),
        .option(\.seed, "--seed", "N", help: "Exercise cards: the instance's seed (as printed with the question)."),
        .flag(\.json, "--json", help: "Print the result as one JSON object."),
    ]

    func validate() throws(CLIError) {
        if batch != nil {
            if let id { throw .usage("unexpected argument '\(id)'") }
            if answer != nil { throw .usage("--answer cannot be combined with --batch") }
            if seed != nil { throw .usage("--seed cannot be combined with --batch (give each line a \"seed\")") }
        } else if id == nil {
            throw .usage("missing card ID (see: dlquiz list)")
        }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        if let batch { return try Self.runBatch(batch, ctx) }
        let card = try CardLookup.card(id ?? "", ctx)
        if card.kind == .exercise, seed == nil {
            throw .usage("exercise cards need --seed N: the seed of the instance that was answered")
        }
        if seed != nil, card.kind != .exercise {
            throw .usage("--seed is only for exercise cards")
        }
        let text: String
        if let answer {
            text = answer
        } else {
            if ctx.console.stdinIsTerminal { ctx.console.error("Type your answer, then press Ctrl-D on a new line.") }
            text = try Self.readAll(0)
        }
        if let template = ExerciseCatalog.template(forCard: card.id), let seed {
            return try gradeExercise(template.instance(seed: seed), card: card, answer: text, ctx)
        }
        let result = Grader().grade(text, for: card)
        if json {
            try ctx.console.line(result.json.compact)
        } else {
            try ctx.console.out(Self.render(result, card: card, color: ctx.useColor))
        }
        return 0
    }

    /// An exercise card's answer, checked against the instance; unreadable input is an error (exit 1).
    func gradeExercise(_ exercise: Exercise, card: Card, answer: String, _ ctx: Context) throws(CLIError) -> Int32 {
        let verdict = exercise.check(answer.trimmedSpaces)
        if case .unreadable(let message) = verdict { throw .failure("cannot read the answer: \(message)") }
        if json {
            try ctx.console.line(ExerciseText.gradeJSON(cardID: card.id, exercise, verdict).compact)
        } else {
            let text = CardText(width: min(ctx.console.width, 100), color: ctx.useColor)
            try ctx.console.out("\(card.id): " + ExerciseText.question(exercise, text).trimmedSpaces + "\n"
                + ExerciseText.verdict(exercise, verdict) + "\n" + ExerciseText.solution(exercise, text))
        }
        return 0
    }

    /// A batch line for an exercise card, or nil when the line is not one (the grader takes it).
    static func exerciseLine(_ line: String, number: Int, deck: Deck, batch: inout BatchGrader) -> JSON? {
        guard line.contains(ExerciseCatalog.cardPrefix), let json = try? JSONParser.parse(line),
              let id = json["card"]?.stringValue, let card = deck[id], card.kind == .exercise,
              let template = ExerciseCatalog.template(forCard: id) else { return nil }
        func failure(_ message: String) -> JSON {
            batch.recordError()
            return .object(JSONObject([("line", .number(Double(number))), ("card", .string(id)), ("error", .string(message))]))
        }
        guard let answer = json["answer"]?.stringValue else { return failure("missing string field 'answer'") }
        guard let seed = json["seed"]?.intValue else { return failure("exercise cards need a whole-number field 'seed'") }
        let exercise = template.instance(seed: seed)
        let verdict = exercise.check(answer)
        if case .unreadable(let message) = verdict { return failure("cannot read the answer: \(message)") }
        batch.record(ExerciseText.gradeResult(cardID: id, verdict), tags: card.tags)
        guard case .object(var o) = ExerciseText.gradeJSON(cardID: id, exercise, verdict) else { return nil }
        o["line"] = .number(Double(number))
        return .object(o)
    }

    /// The human form: score, suggested rating, hits with the words that matched, misses.
    static func render(_ r: GradeResult, card: Card, color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var out = "\(card.id): \(card.question)\n"
        guard r.autoGraded else {
            return out + "Personal card: there is no reference answer, so it is not auto-graded. Grade yourself (1 Again .. 4 Easy).\n"
        }
        out += "Score \(twoDecimals(r.score))  suggested rating: \(r.rating) \(r.ratingName ?? "")\n"
        if r.method == "overlap" { out += "(this card has no key points yet: graded by shared words with the reference answer)\n" }
        for h in r.hit {
            out += "  " + paint("+", "32") + " \(h.point)  [" + h.matched.joined(separator: ", ") + "]\n"
        }
        for m in r.missed {
            let denied = r.contradicted.contains(m) ? " (your answer denies this)" : ""
            out += "  " + paint("-", "31") + " \(m)\(denied)\n"
        }
        for m in r.misconceptions {
            out += "  " + paint("!", "33") + " misconception: \(m)\n"
        }
        if !r.explanation.isEmpty { out += "  (\(r.explanation))\n" }
        return out
    }

    /// "0.67": two decimals without Foundation's formatter (locale-free).
    static func twoDecimals(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    static func runBatch(_ path: String, _ ctx: Context) throws(CLIError) -> Int32 {
        let deck = try ctx.deck()
        var batch = BatchGrader(deck: deck)
        var number = 0
        var pending: [UInt8] = []
        func process(_ lineBytes: ArraySlice<UInt8>, into out: inout String) {
            number += 1
            var bytes = lineBytes
            if bytes.last == 0x0D { bytes.removeLast() }
            let line = String(decoding: bytes, as: UTF8.self)
            if let json = exerciseLine(line, number: number, deck: deck, batch: &batch) ?? batch.grade(line: line, number: number) {
                out += json.compact
                out += "\n"
            }
        }
        func consume(_ chunk: [UInt8], final: Bool) throws(CLIError) {
            pending += chunk
            var out = ""
            var start = pending.startIndex
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                process(pending[start..<nl], into: &out)
                start = nl + 1
            }
            pending.removeSubrange(..<start)
            if final, !pending.isEmpty {
                process(pending[...], into: &out)
                pending.removeAll()
            }
            if !out.isEmpty { try ctx.console.out(out) }
        }
        if path == "-" {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw .failure("cannot read standard input (\(String(cString: strerror(errno))))")
                }
                if n == 0 { break }
                try consume(Array(buffer[0..<n]), final: false)
            }
            try consume([], final: true)
        } else {
            guard let data = FileSystem.contents(atPath: path) else { throw .failure("\(path): cannot read the file") }
            try consume(data, final: true)
        }
        try ctx.console.line(batch.summary.json.compact)
        if batch.summary.errors > 0 {
            ctx.console.error("dlquiz: \(batch.summary.errors) of \(batch.summary.lines) lines could not be graded (see their \"error\")")
        }
        return 0
    }

    /// Everything on a file descriptor, as UTF-8 text (Platform's one read loop).
    static func readAll(_ fd: Int32) throws(CLIError) -> String {
        guard let data = FileSystem.readAll(fd) else {
            throw .failure("cannot read standard input (\(String(cString: strerror(errno))))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
