import Interview
import JSONKit
import Foundation
import Testing

func answer(_ id: String, _ topic: String, _ score: Double, skipped: Bool = false, ms: Int = 1000, missed: [String] = []) -> InterviewAnswer {
    InterviewAnswer(card: id, topic: topic, question: "Q", answer: skipped ? nil : "text", score: score,
                    rating: skipped ? nil : 3, missed: missed, elapsedMs: ms)
}

@Suite struct InterviewReportTests {
    let answers = [
        answer("a1", "cnn", 0.9, ms: 2000),
        answer("b1", "rnn", 0.2, missed: ["gates"]),
        answer("c1", "training", 1.0, ms: 4000),
        answer("a2", "cnn", 0.5, missed: ["pooling"]),
        answer("b2", "rnn", 0, skipped: true, ms: 500, missed: ["bptt"]),
    ]

    @Test func topicsWeakestFirstSkipsCountZero() {
        let r = InterviewReport(answers: answers)
        #expect(r.topics.map(\.tag) == ["rnn", "cnn", "training"])
        #expect(r.topics[0] == TopicScore(tag: "rnn", score: 0.1, answered: 1, skipped: 1))
        #expect(abs(r.topics[1].score - 0.7) < 1e-12)
        #expect(r.answered == 4 && r.skipped == 1)
        #expect(abs(r.meanScore! - 2.6 / 5) < 1e-12)
        // The skipped question's time is not an answer's time.
        #expect(r.meanMs == (2000 + 1000 + 4000 + 1000) / 4)
    }

    @Test func worstLowestFirstWithMissedPointsAndStudyCommands() {
        let r = InterviewReport(answers: answers)
        #expect(r.worst.map(\.card) == ["b2", "b1", "a2"])
        #expect(r.worst[0].missed == ["bptt"])
        #expect(r.studyCommands == ["dlquiz study --tag rnn --typed --new 5", "dlquiz show b2", "dlquiz show b1", "dlquiz show a2"])
        // Ties keep the order asked; a perfect interview has nothing to study.
        let tie = InterviewReport(answers: [answer("x", "t", 0.5), answer("y", "t", 0.5)])
        #expect(tie.worst.map(\.card) == ["x", "y"])
        #expect(InterviewReport(answers: [answer("z", "t", 1)]).studyCommands.isEmpty)
    }

    @Test func jsonReportShape() throws {
        let json = try JSONParser.parse(InterviewReport(answers: answers).json.compact)
        #expect(json["event"]?.stringValue == "report")
        let topics = try #require(json["topics"]?.arrayValue)
        #expect(topics.map { $0["tag"]?.stringValue } == ["rnn", "cnn", "training"])
        #expect(topics[0]["score"]?.doubleValue == 0.1)
        #expect(topics[0]["answered"]?.intValue == 1)
        #expect(json["answered"]?.intValue == 4)
        #expect(json["mean_score"]?.doubleValue == 0.52)
        #expect(json["weakest"]?.arrayValue?.compactMap(\.stringValue) == ["b2", "b1", "a2"])
        #expect(json["worst"]?.arrayValue?.first?["missed"]?.arrayValue?.first?.stringValue == "bptt")
        #expect(InterviewReport(answers: []).json["mean_score"] == .null)
    }

    @Test func textReportListsTopicsTimesAndMissedPoints() {
        let text = InterviewReport(answers: answers, timeUp: true).text
        #expect(text.contains("4 answered, 1 skipped · mean score 52% · 2.0s per answer · time was up"))
        let rnn = text.range(of: "  rnn")!, cnn = text.range(of: "  cnn")!
        #expect(rnn.lowerBound < cnn.lowerBound)
        #expect(text.contains("  5. b2  skipped  0.5s"))
        #expect(text.contains("    missed: gates"))
        #expect(text.contains("  dlquiz study --tag rnn --typed --new 5"))
    }
}
