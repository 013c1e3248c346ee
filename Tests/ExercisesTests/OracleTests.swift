import Exercises
import Foundation
import JSONKit
import Testing

/// Every template against answers computed by PyTorch (Fixtures/make_oracle.py): torch's own layers
/// for the sizes and parameter counts, its optimisers, schedulers, losses and autograd for the reals.
@Suite struct OracleTests {
    static let records: [JSON] = {
        let url = Bundle.module.url(forResource: "Fixtures/oracle", withExtension: "json")
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/oracle.json")
        guard let text = try? String(contentsOf: url, encoding: .utf8), let json = try? JSONParser.parse(text) else { return [] }
        return json.arrayValue ?? []
    }()

    @Test func everyTemplateHasAtLeast100OracleSeeds() {
        var seeds: [String: Set<Int>] = [:]
        for r in Self.records { seeds[r["template"]?.stringValue ?? "", default: []].insert(r["seed"]?.intValue ?? -1) }
        #expect(ExerciseCatalog.templates.count >= 20)
        for name in ExerciseCatalog.names {
            #expect((seeds[name]?.count ?? 0) >= 100, "template \(name) has \(seeds[name]?.count ?? 0) oracle seeds")
        }
    }

    @Test(arguments: ExerciseCatalog.names)
    func answersMatchTheOracle(name: String) throws {
        let template = try #require(ExerciseCatalog.template(named: name))
        let records = Self.records.filter { $0["template"]?.stringValue == name }
        #expect(!records.isEmpty)
        for r in records {
            let seed = try #require(r["seed"]?.intValue)
            let exercise = template.instance(seed: seed)
            // The same seed still draws the same instance the oracle solved.
            #expect(exercise.params == r["params"], "\(name) seed \(seed): params changed")
            let values = r["expected"]?.arrayValue?.compactMap { $0.doubleValue }
            let expected = try #require(values)
            #expect(exercise.answer.count == expected.count, "\(name) seed \(seed)")
            for (mine, theirs) in zip(exercise.answer, expected) {
                if exercise.form.isWhole {
                    #expect(mine == theirs, "\(name) seed \(seed): \(mine) vs torch \(theirs)")
                } else {
                    #expect(abs(mine - theirs) <= 1e-9 * max(abs(theirs), 1e-3), "\(name) seed \(seed): \(mine) vs torch \(theirs)")
                }
            }
            // And the answer text, read back as a user's answer, is judged right against the oracle too.
            let read = try AnswerReader.read(exercise.answerText, form: exercise.form).get()
            for (given, theirs) in zip(read, expected) {
                #expect(exercise.tolerance.accepts(given, theirs), "\(name) seed \(seed): answer text \(exercise.answerText) vs torch \(theirs)")
            }
        }
    }
}
