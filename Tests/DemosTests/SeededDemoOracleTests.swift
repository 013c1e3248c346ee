import Foundation
import JSONKit
import Testing
import TinyTensor

@testable import Demos

/// The conv, softmax, attention, rnn and optimizers demos against numpy, for seeds 1 and 2:
/// Fixtures/demo_fixtures.json, made once by Fixtures/make_demo_fixtures.py (its docstring says how).
@Suite struct SeededDemoOracleTests {
    static let fixtures: JSON = {
        let url = Bundle.module.url(forResource: "demo_fixtures", withExtension: "json", subdirectory: "Fixtures")!
        return try! JSONParser.parse(String(decoding: try! Data(contentsOf: url), as: UTF8.self))
    }()

    static func numbers(_ j: JSON?) -> [Double] {
        guard let items = j?.arrayValue else { return [] }
        return items.flatMap { $0.arrayValue.map { $0.compactMap(\.doubleValue) } ?? [$0.doubleValue!] }
    }

    /// Same length, and each pair within `relative` of the fixture (absolute 1e-12 near 0).
    static func close(_ a: JSON?, _ b: JSON?, relative: Double = 1e-9) -> Bool {
        let x = numbers(a), y = numbers(b)
        return !x.isEmpty && x.count == y.count
            && zip(x, y).allSatisfy { Swift.abs($0 - $1) <= Swift.max(relative * Swift.abs($1), 1e-12) }
    }

    @Test(arguments: [1, 2])
    func conv(seed: Int) throws {
        let f = try #require(Self.fixtures[String(seed)]?["conv"])
        let j = ConvDemo(seed: seed).run().json
        #expect(Self.close(j["input"], f["input"]))
        for key in ["valid", "same", "stride2"] { #expect(Self.close(j["outputs"]?[key], f[key]), "\(key)") }
        #expect(Self.close(j["pooled"], f["pooled"]))
        #expect(j["receptive_field"] == f["receptive_field"])
    }

    @Test(arguments: [1, 2])
    func softmax(seed: Int) throws {
        let f = try #require(Self.fixtures[String(seed)]?["softmax"])
        let r = SoftmaxDemo(seed: seed).run()
        let j = r.json
        for key in ["logits", "probabilities", "gradient"] { #expect(Self.close(j[key], f[key]), "\(key)") }
        #expect(j["target"] == f["target"])
        #expect(Self.close(j["loss"].map { [$0] }.map(JSON.array), f["loss"].map { [$0] }.map(JSON.array)))
        let temperatures = try #require(j["temperatures"]?.arrayValue), expected = try #require(f["temperatures"]?.arrayValue)
        #expect(temperatures.count == expected.count)
        for (a, b) in zip(temperatures, expected) { #expect(a["t"] == b["t"] && Self.close(a["probabilities"], b["probabilities"])) }
        // Overflow: e^1000 is inf, so the textbook formula gives nan; the shifted one is unchanged.
        #expect(!r.naiveExpFinite && !r.naiveProbabilitiesFinite)
        #expect(r.shiftInvariance < 1e-12)
    }

    @Test(arguments: [1, 2])
    func attention(seed: Int) throws {
        let f = try #require(Self.fixtures[String(seed)]?["attention"])
        let r = AttentionDemo(seed: seed).run()
        let j = r.json
        for key in ["q", "k", "v", "scores", "weights", "output", "masked_weights", "masked_output"] {
            #expect(Self.close(j[key], f[key]), "\(key)")
        }
        // The scaling experiment: unscaled spread grows like √d, scaled stays near 1; unscaled softmax saturates.
        for row in r.scaling {
            #expect(Swift.abs(row.scaledScoreSD - 1) < 0.15, "d = \(row.d)")
            #expect(row.meanMaxWeightScaled < row.meanMaxWeight || row.d <= 2)
        }
        #expect(r.scaling.last!.meanMaxWeight > 0.95)
    }

    @Test(arguments: [1, 2])
    func rnn(seed: Int) throws {
        let f = try #require(Self.fixtures[String(seed)]?["rnn"])
        let r = RNNDemo(seed: seed).run()
        let j = r.json
        #expect(j["steps"] == f["steps"])
        for key in ["rnn_gradient_norms", "lstm_gradient_norms", "lstm_low_forget_gradient_norms"] {
            #expect(Self.close(j[key], f[key], relative: 1e-8), "\(key)")
        }
        #expect(r.survival(r.lstmNorms) > 100 * r.survival(r.rnnNorms))
        #expect(r.meanForgetGate > 0.6 && r.lowMeanForgetGate < 0.1)
    }

    @Test(arguments: [1, 2])
    func optimizers(seed: Int) throws {
        let f = try #require(Self.fixtures[String(seed)]?["optimizers"])
        let j = OptimizersDemo(seed: seed).run().json
        #expect(Self.close(j["start"], f["start"]))
        #expect(j["loss"]?.stringValue?.contains("25") == true)
        let runs = try #require(j["optimizers"]?.arrayValue), expected = try #require(f["optimizers"]?.arrayValue)
        #expect(runs.map { $0["name"] } == ["sgd", "momentum", "rmsprop", "adam"])
        for (a, b) in zip(runs, expected) {
            #expect(a["lr"] == b["lr"] && a["steps_to_tolerance"] == b["steps_to_tolerance"], "\(b["name"]!)")
            #expect(Self.close(a["path"], b["path"], relative: 1e-8) && Self.close(a["losses"], b["losses"], relative: 1e-8), "\(b["name"]!)")
        }
    }
}

extension SeededDemoOracleTests {
    @Test(arguments: [1, 2])
    func perceptron(seed: Int) throws {
        let f = try #require(Self.fixtures[String(seed)]?["perceptron"])
        let r = PerceptronDemo(seed: seed).run()
        for (name, run) in [("and", r.and), ("xor", r.xor)] {
            let expected = try #require(f[name])
            #expect(Self.close(.array(run.steps.map { .number($0.z) }), expected["z"]), "\(name)")
            #expect(run.errorsPerEpoch.map { JSON.number(Double($0)) } == expected["errors_per_epoch"]?.arrayValue, "\(name)")
            #expect(JSON.bool(run.converged) == expected["converged"])
            #expect(Self.close(.array(run.weights.map(JSON.number)), expected["weights"]))
        }
        #expect(r.and.converged && !r.xor.converged)
    }
}
