import JSONKit

/// The end of a mock interview: the score per topic (weakest first), the time per answer, the
/// worst-answered cards with what they missed, and the command to study them.
public struct InterviewReport: Equatable, Sendable {
    /// Weakest first; ties by tag, so the order is the same every time.
    public var topics: [TopicScore]
    public var answers: [InterviewAnswer]
    /// Up to `worstLimit` answers scoring below 1, lowest first (ties in the order asked).
    public var worst: [InterviewAnswer]
    /// Whether the time limit ended the interview.
    public var timeUp: Bool

    public static let worstLimit = 3

    public init(answers: [InterviewAnswer], timeUp: Bool = false) {
        self.answers = answers
        self.timeUp = timeUp
        var order: [String] = []
        var groups: [String: [InterviewAnswer]] = [:]
        for a in answers {
            if groups[a.topic] == nil { order.append(a.topic) }
            groups[a.topic, default: []].append(a)
        }
        topics = order.map { tag in
            let g = groups[tag]!
            return TopicScore(tag: tag, score: g.map(\.score).reduce(0, +) / Double(g.count),
                              answered: g.filter { !$0.skipped }.count, skipped: g.filter(\.skipped).count)
        }.sorted { ($0.score, $0.tag) < ($1.score, $1.tag) }
        worst = Array(answers.enumerated().filter { $0.element.score < 1 }
            .sorted { ($0.element.score, $0.offset) < ($1.element.score, $1.offset) }
            .prefix(Self.worstLimit).map(\.element))
    }

    public var answered: Int { answers.filter { !$0.skipped }.count }
    public var skipped: Int { answers.filter(\.skipped).count }

    /// Mean over every question asked (skipped ones count 0); nil when none was.
    public var meanScore: Double? {
        answers.isEmpty ? nil : answers.map(\.score).reduce(0, +) / Double(answers.count)
    }

    /// Mean time per answered question, in milliseconds; nil when none was answered.
    public var meanMs: Int? {
        let times = answers.filter { !$0.skipped }.map(\.elapsedMs)
        return times.isEmpty ? nil : times.reduce(0, +) / times.count
    }

    /// The commands to study what went worst: the weakest topic in study (typed, a few new cards),
    /// and `dlquiz show` for each worst card.
    public var studyCommands: [String] {
        var out: [String] = []
        if let weakest = topics.first, weakest.score < 1 {
            out.append("dlquiz study --tag \(weakest.tag) --typed --new 5")
        }
        out += worst.map { "dlquiz show \($0.card)" }
        return out
    }

    static func rounded(_ x: Double) -> JSON { .number((x * 1000).rounded() / 1000) }

    /// `{"event": "report", "topics": [{"tag", "score", "answered", "skipped"}], "answered", "skipped",
    /// "mean_score", "mean_ms", "time_up", "answers": [{"id", "topic", "score", "rating", "ms", "skipped"}],
    /// "weakest": [ids], "worst": [{"id", "score", "missed"}], "study": [commands]}`.
    public var json: JSON {
        JSON.object(JSONObject([
            ("event", "report"),
            ("topics", .array(topics.map {
                .object(JSONObject([("tag", .string($0.tag)), ("score", Self.rounded($0.score)),
                                    ("answered", .number(Double($0.answered))), ("skipped", .number(Double($0.skipped)))]))
            })),
            ("answered", .number(Double(answered))),
            ("skipped", .number(Double(skipped))),
            ("mean_score", meanScore.map(Self.rounded) ?? .null),
            ("mean_ms", meanMs.map { .number(Double($0)) } ?? .null),
            ("time_up", .bool(timeUp)),
            ("answers", .array(answers.map {
                .object(JSONObject([("id", .string($0.card)), ("topic", .string($0.topic)), ("score", Self.rounded($0.score)),
                                    ("rating", $0.rating.map { .number(Double($0)) } ?? .null),
                                    ("ms", .number(Double($0.elapsedMs))), ("skipped", .bool($0.skipped))]))
            })),
            ("weakest", .array(worst.map { .string($0.card) })),
            ("worst", .array(worst.map {
                .object(JSONObject([("id", .string($0.card)), ("score", Self.rounded($0.score)), ("missed", JSON($0.missed))]))
            })),
            ("study", JSON(studyCommands)),
        ]))
    }

    static func percent(_ x: Double) -> String { "\(Int((x * 100).rounded()))%" }

    static func seconds(_ ms: Int) -> String {
        let tenths = (ms + 50) / 100
        return "\(tenths / 10).\(tenths % 10)s"
    }

    /// The report for people, one line per item.
    public var text: String {
        guard !answers.isEmpty else { return "Interview report: no question was answered.\n" }
        var out = "Interview report: \(answered) answered"
        if skipped > 0 { out += ", \(skipped) skipped" }
        if let mean = meanScore { out += " · mean score \(Self.percent(mean))" }
        if let ms = meanMs { out += " · \(Self.seconds(ms)) per answer" }
        if timeUp { out += " · time was up" }
        out += "\n\nBy topic, weakest first:\n"
        let width = topics.map(\.tag.count).max() ?? 0
        for t in topics {
            let pad = String(repeating: " ", count: width - t.tag.count)
            out += "  \(t.tag)\(pad)  \(Self.percent(t.score).leftPadded(4))  \(t.answered) answered"
            if t.skipped > 0 { out += ", \(t.skipped) skipped" }
            out += "\n"
        }
        out += "\nTime per answer:\n"
        for (i, a) in answers.enumerated() {
            out += "  \(i + 1). \(a.card)  \(a.skipped ? "skipped" : Self.percent(a.score))  \(Self.seconds(a.elapsedMs))\n"
        }
        if !worst.isEmpty {
            out += "\nWorst answered:\n"
            for a in worst {
                out += "  \(a.card) (\(a.skipped ? "skipped" : Self.percent(a.score)))\n"
                for m in a.missed { out += "    missed: \(m)\n" }
            }
        }
        let commands = studyCommands
        if !commands.isEmpty {
            out += "\nTo study them:\n" + commands.map { "  \($0)\n" }.joined()
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
