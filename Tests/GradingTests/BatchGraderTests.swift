import Corpus
import JSONKit
import Testing

@testable import Grading

struct BatchGraderTests {
    static let deck = Deck(cards: [
        GraderTests.dropout, GraderTests.relu,
        Card(id: "story", question: "Tell me about a project.", answer: "", sources: [], tags: ["personal"], level: .basic, kind: .personal),
    ])

    @Test func gradesLinesReportsBadOnesAndSummarises() throws {
        var batch = BatchGrader(deck: Self.deck)
        let good = batch.grade(line: #"{"card":"relu","answer":"max(0, x) and it does not saturate"}"#, number: 1)
        #expect(good?["card"] == .string("relu"))
        #expect(good?["score"] == .number(1))
        #expect(good?["line"] == .number(1))
        let notJSON = batch.grade(line: "hello", number: 2)
        #expect(notJSON?["line"] == .number(2))
        #expect(notJSON?["error"]?.stringValue?.hasPrefix("not JSON") == true)
        let unknown = batch.grade(line: #"{"card":"dropuot","answer":"x"}"#, number: 3)
        #expect(unknown?["error"]?.stringValue?.contains("closest: dropout") == true)
        let missing = batch.grade(line: #"{"card":"relu"}"#, number: 4)
        #expect(missing?["error"] == .string("missing string field 'answer'"))
        #expect(batch.grade(line: "   ", number: 5) == nil)
        let personal = batch.grade(line: #"{"card":"story","answer":"I built a thing"}"#, number: 6)
        #expect(personal?["auto_graded"] == .bool(false))
        #expect(personal?["score"] == .null)
        _ = batch.grade(line: #"{"card":"dropout","answer":"It has nothing to do with anything."}"#, number: 7)

        let summary = try #require(batch.summary.json["summary"])
        #expect(summary["lines"] == .number(6))
        #expect(summary["graded"] == .number(2))
        #expect(summary["personal"] == .number(1))
        #expect(summary["errors"] == .number(3))
        #expect(summary["mean_score"] == .number(0.5))
        #expect(summary["by_tag"]?["activations"]?["mean_score"] == .number(1))
        #expect(summary["by_tag"]?["regularization"]?["mean_score"] == .number(0))
    }

    @Test func closestIDsPreferContainingThenNearest() {
        let ids = ["batch-normalization", "batchnorm-vs-dropout", "dropout", "dying-relu"]
        #expect(closestIDs(to: "batchnorm", among: ids).first == "batchnorm-vs-dropout")
        #expect(closestIDs(to: "droput", among: ids) == ["dropout"])
        #expect(closestIDs(to: "zzzzzzzzzzzzzzzz", among: ids).isEmpty)
    }
}
