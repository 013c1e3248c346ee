import JSONKit
import Testing
import TinyTensor

@testable import Demos

@Suite struct OverfittingDemoTests {
    static let report = try! OverfittingDemo(seed: 2).run()

    @Test func dropoutTradesTrainingErrorForTestError() {
        let r = Self.report
        #expect(r.runs.count == 2 * OverfittingDemo.runs)
        // Seed 2 overfits clearly without dropout: training error far below the noise variance 0.16.
        #expect(r.meanTrainWithout < 0.05)
        #expect(r.meanTrainWith > r.meanTrainWithout)
        #expect(r.meanTestWith < r.meanTestWithout)
        #expect(r.dropoutHelped)
    }

    @Test func errorsAreMeanSquaredErrorsOfTheFit() {
        let r = Self.report
        let fitError = zip(r.fitWithout, r.testY).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) / Double(r.testY.count)
        #expect(Swift.abs(fitError - r.runs[0].testMSE) < 1e-12)
        #expect(r.runs[0].curve.first?.step == 0 && r.runs[0].curve.last?.step == OverfittingDemo.steps)
        #expect(r.runs[0].curve.last?.testMSE == r.runs[0].testMSE)
    }

    @Test func pMustDropSomething() {
        for p in [0.0, 1.0, -0.5, 2.0] {
            #expect(throws: DemoError.self) { try OverfittingDemo(p: p) }
        }
    }

    @Test func jsonHasRunsAndMeans() throws {
        let json = try JSONParser.parse(Self.report.json.compact)
        #expect(json["runs"]?.arrayValue?.count == 2 * OverfittingDemo.runs)
        #expect(json["mean"]?["with_dropout"]?["test_mse"]?.doubleValue == Self.report.meanTestWith)
        #expect(json["fits"]?["x"]?.arrayValue?.count == OverfittingDemo.testCount)
    }
}
