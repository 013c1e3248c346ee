import Foundation
import JSONKit
import ReviewLog
import Testing

@testable import Scheduler

/// `dlquiz optimize`'s report for people and for `--json`, built from a fixture log as the
/// command builds it: the lines a learner reads must carry the report's own numbers.
@Suite struct OptimizationReportTests {
    static func report(curve: Bool = false) throws -> (OptimizationReport, TrainingSet) {
        let set = try OptimizerTests.set("typical-1200.jsonl")
        var report = OptimizationReport(set: set, source: "reviews.jsonl", current: FSRSParameters.defaultWeights, currentName: "default")!
        report.add(FSRSOptimizer().fit(set), seconds: 0.25, set: set, retentionCurve: curve)
        return (report, set)
    }

    @Test func textShowsParametersScoresAndIntervalsOfTheFit() throws {
        let (report, set) = try Self.report()
        let fit = try #require(report.fit)
        let lines = OptimizationReportText.render(report).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Optimized FSRS-6 on \(set.reviewCount) reviews of \(set.cardCount) cards (\(set.items.count) predicted) of reviews.jsonl in 0.25 s:")
        #expect(lines[1].hasPrefix("fitted all 21 parameters to "))
        #expect(lines.contains("          default   fitted"))
        // One row per parameter: name, current, fitted (4 decimals), "=" where unchanged.
        for i in 0..<21 {
            let row = try #require(lines.first { $0.hasPrefix("  " + "w\(i)".padding(toLength: 4, withPad: " ", startingAt: 0)) })
            let fields = row.split(separator: " ").map(String.init)
            #expect(Double(fields[1])! == (FSRSParameters.defaultWeights[i] * 1e4).rounded() / 1e4, "\(row)")
            #expect(abs(Double(fields[2])! - fit.parameters[i]) <= 0.00005 + 1e-12, "\(row)")
            #expect(row.hasSuffix("  =") == (abs(fit.parameters[i] - FSRSParameters.defaultWeights[i]) < 0.00005), "\(row)")
        }
        // fsrs-rs's fit of this log has w1 = w2 = w3 (smooth_and_fill); ours too.
        #expect(fit.parameters[1] == fit.parameters[2] && fit.parameters[2] == fit.parameters[3])
        let scores = lines.filter { $0.hasPrefix("  default ") || $0.hasPrefix("  fitted ") }
        #expect(scores.count == 2)
        #expect(scores[0].split(separator: " ").map(String.init) == ["default", OptimizationReportText.fixed(report.defaultScore.logLoss, 4), OptimizationReportText.fixed(report.defaultScore.rmseBins, 4)])
        #expect(scores[1].split(separator: " ").map(String.init) == ["fitted", OptimizationReportText.fixed(fit.score.logLoss, 4), OptimizationReportText.fixed(fit.score.rmseBins, 4)])
        #expect(fit.score.logLoss < report.defaultScore.logLoss)
        let good = try #require(lines.first { $0.hasPrefix("  a new card answered Good today") })
        #expect(good.hasSuffix(" \(OptimizationReportText.days(fit.before.firstGood)) → \(OptimizationReportText.days(fit.after.firstGood))"), "\(good)")
        #expect(fit.before.firstGood != fit.after.firstGood, "this log's fit changes the first interval")
        #expect(lines.contains { $0.hasPrefix("  then forgotten when due, relearned") && $0.contains("→") })
        #expect(lines.contains("To use them: dlquiz optimize --save"))
        #expect(!lines.contains { $0.contains("Workload") })
    }

    @Test func textTellsWhatSavingDidAndDrawsTheCurve() throws {
        var (report, _) = try Self.report(curve: true)
        let curve = try #require(report.fit?.curve)
        report.saved = .saved(path: "/home/x/parameters.json")
        let text = OptimizationReportText.render(report)
        #expect(text.contains("\nSaved to /home/x/parameters.json: study, stats and schedule use these parameters now"))
        #expect(!text.contains("To use them"))
        let best = Int((curve.points[curve.optimal].retention * 100).rounded())
        #expect(text.contains("◀ least time per card remembered"))
        #expect(text.contains("  Least time per card remembered at \(best)% desired retention"))
        report.saved = .keptSaved
        #expect(OptimizationReportText.render(report).contains("Kept the saved parameters"))
    }

    @Test func savingIsRefusedWhenTheSavedSetPredictsBetter() throws {
        let set = try OptimizerTests.set("typical-1200.jsonl")
        let fitted = FSRSOptimizer().fit(set)
        // The fitted parameters themselves as the saved set: a refit cannot beat them by much,
        // and a saved set at least as good stays.
        var report = OptimizationReport(set: set, source: "r", current: ParameterClipper.clip(fitted.parameters), currentName: "saved")!
        report.add(fitted, seconds: 0, set: set, retentionCurve: false)
        #expect(report.fit!.score == report.currentScore)
        #expect(report.reasonNotToSave == nil, "equal scores: the new fit is saved")
        var worse = fitted
        worse.parameters[8] += 0.5
        report.add(worse, seconds: 0, set: set, retentionCurve: false)
        #expect(report.reasonNotToSave == .keptSaved)
    }

    @Test func evaluationAndJSON() throws {
        let set = try OptimizerTests.set("typical-1200.jsonl")
        let given = FSRSParameters.defaultWeights.enumerated().map { $0.offset == 8 ? $0.element + 0.1 : $0.element }
        let report = OptimizationReport(set: set, source: "r.jsonl", current: given, currentName: "given")!
        let lines = OptimizationReportText.render(report).split(separator: "\n").map(String.init)
        #expect(lines[0] == "Evaluated on \(set.reviewCount) reviews of \(set.cardCount) cards (\(set.items.count) predicted) of r.jsonl.")
        #expect(lines.count == 4 && lines[2].hasPrefix("  given ") && lines[3].hasPrefix("  default "))
        let json = JSON.object(report.json)
        #expect(json["source"]?.stringValue == "given")
        #expect(json["log_loss"]?.doubleValue == report.currentScore.logLoss)
        #expect(json["parameters"]?.arrayValue?.compactMap(\.doubleValue) == given)
        #expect(json["seconds"] == nil)
        let (fitted, _) = try Self.report(curve: true)
        let fj = JSON.object(fitted.json)
        #expect(fj["seconds"]?.doubleValue == 0.25 && fj["saved"]?.boolValue == false && fj["outcome"]?.stringValue == "trained")
        #expect(fj["retention_curve"]?.arrayValue?.count == 28)
        #expect(fj["default"]?["log_loss"]?.doubleValue == fitted.defaultScore.logLoss)
    }
}
