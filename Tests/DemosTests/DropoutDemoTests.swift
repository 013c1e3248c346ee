import JSONKit
import Testing
import TinyTensor

@testable import Demos

@Suite struct DropoutDemoTests {
    @Test(arguments: [0.5, 0.2, 0.9])
    func fourStepsHoldTogether(p: Double) throws {
        let r = try DropoutDemo(p: p, seed: 3).run()
        for mask in r.masks {
            #expect(mask.keep.allSatisfy { $0 == 0 || $0 == 1 })
            for j in r.input.indices { #expect(Swift.abs(mask.output[j] - r.input[j] * mask.keep[j] / (1 - p)) < 1e-12) }
        }
        #expect(r.evalOutput == r.input)
        #expect(r.samples == 10_000)
        // The dropped fraction is a binomial proportion over 80,000 units: s.e. √(p(1−p)/80000) ≤ 0.0018.
        #expect(Swift.abs(r.droppedFraction - p) < 0.01)
        #expect(r.zScores.allSatisfy { Swift.abs($0) < 4.5 })
        for j in r.input.indices {
            #expect(Swift.abs(r.standardError[j] / r.expectedStandardError[j] - 1) < 0.1)
            #expect(Swift.abs(r.classicInferenceOutput[j] - r.input[j] * (1 - p)) < 1e-15)
            #expect(Swift.abs(r.classicTrainingMean[j] * (1 / (1 - p)) - r.empiricalMean[j]) < 1e-9)
        }
        #expect(r.convergence.map(\.samples) == [10, 100, 1_000, 10_000])
        #expect(r.convergence.last!.maxAbsError < r.convergence.first!.maxAbsError)
    }

    @Test func pZeroDropsNothing() throws {
        let r = try DropoutDemo(p: 0, seed: 1).run()
        #expect(r.droppedFraction == 0)
        #expect(r.empiricalMean.indices.allSatisfy { Swift.abs(r.empiricalMean[$0] - r.input[$0]) < 1e-12 })
        #expect(r.masks.allSatisfy { $0.keep.allSatisfy { $0 == 1 } })
    }

    @Test func badProbabilitiesAreErrors() {
        for p in [1.5, 1.0, -0.1, Double.nan, Double.infinity] {
            #expect(throws: DemoError.self) { try DropoutDemo(p: p) }
        }
    }

    @Test func jsonHasTheContractFields() throws {
        let json = try JSONParser.parse(try DropoutDemo(p: 0.3).run().json.compact)
        for key in ["p", "input", "eval_output", "empirical_mean", "samples", "dropped_fraction", "standard_error"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["p"] == 0.3)
        #expect(json["samples"] == 10000)
        #expect(json["input"]?.arrayValue?.count == 8)
    }
}
