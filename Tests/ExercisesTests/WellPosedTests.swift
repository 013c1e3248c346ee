import Exercises
import JSONKit
import Testing

/// Every instance a seed can draw is a fair question: sizes at least 1, no overflow, finite reals,
/// PyTorch's own rules kept, an answer text that reads back as right and a wrong answer that does not.
@Suite struct WellPosedTests {
    static let seeds = 0..<1000

    @Test(arguments: ExerciseCatalog.names)
    func instancesAreWellPosed(name: String) throws {
        let template = try #require(ExerciseCatalog.template(named: name))
        for seed in Self.seeds {
            let e = template.instance(seed: seed)
            let where_ = "\(name) seed \(seed)"
            #expect(e.template == name && e.seed == seed)
            #expect(e.answer.count == e.form.count, "\(where_)")
            #expect(e.answer.allSatisfy { $0.isFinite }, "\(where_): \(e.answer)")
            if e.form.isWhole {
                #expect(e.tolerance.isExact, "\(where_)")
                #expect(e.answer.allSatisfy { $0 >= 1 && $0 == $0.rounded() && $0 < 1e15 }, "\(where_): \(e.answer)")
            } else {
                #expect(!e.tolerance.isExact, "\(where_)")
            }
            #expect(!e.question.isEmpty && e.solution.count >= 2, "\(where_)")
            #expect(e.solution.last?.hasSuffix(e.answerText) == true, "\(where_): last step \(e.solution.last ?? "") vs \(e.answerText)")
            // The worked answer is judged right, in every way the issue lists for a number.
            #expect(e.check(e.answerText).isRight, "\(where_): \(e.answerText)")
            #expect(e.check(e.answer.map { String($0) }.joined(separator: " ")).isRight, "\(where_)")
            // A wrong answer is judged wrong: off by one for counts and sizes, by 5% (or more) for reals.
            let off = e.answer.enumerated().map { i, x in
                i > 0 ? x : (e.form.isWhole ? x + 1 : x + max(0.05 * abs(x), 2.5 * e.tolerance.absolute + 1e-6))
            }
            #expect(!e.check(off.map { String($0) }.joined(separator: " ")).isRight, "\(where_): \(off) accepted for \(e.answer)")
            #expect(!e.check("banana").isReadable, "\(where_)")
            // Deterministic: the same seed gives the same instance.
            let again = template.instance(seed: seed)
            #expect(again.params == e.params && again.answer == e.answer && again.solution == e.solution, "\(where_)")
        }
    }

    @Test func pyTorchRulesHold() {
        for seed in Self.seeds {
            let pool = ExerciseCatalog.template(named: "pool-output-size")!.instance(seed: seed).params
            let kernel = pool["kernel"]!.intValue!, padding = pool["padding"]!.intValue!
            #expect(2 * padding <= kernel, "pool seed \(seed): padding \(padding) > kernel \(kernel)/2")
            let attention = ExerciseCatalog.template(named: "attention-params")!.instance(seed: seed).params
            #expect(attention["embed_dim"]!.intValue! % attention["num_heads"]!.intValue! == 0, "attention seed \(seed)")
        }
        // A missing stride is drawn sometimes, and then the kernel size is the stride.
        let strideless = Self.seeds.map { ExerciseCatalog.template(named: "pool-output-size")!.instance(seed: $0) }
            .filter { $0.params["stride"]?.isNull == true }
        #expect(strideless.count > 100)
        for e in strideless {
            let h = e.params["input"]!.arrayValue![0].intValue!, k = e.params["kernel"]!.intValue!, p = e.params["padding"]!.intValue!
            #expect(e.answer[0] == Double((h + 2 * p - k) / k + 1))
        }
    }

    @Test func instancesVary() {
        for template in ExerciseCatalog.templates {
            let distinct = Set((0..<50).map { template.instance(seed: $0).params.compact })
            #expect(distinct.count >= 10, "\(template.name): only \(distinct.count) distinct instances in 50 seeds")
        }
    }

    @Test func jsonHasTheContractFields() throws {
        let e = ExerciseCatalog.template(named: "softmax")!.instance(seed: 7)
        let json = e.json
        #expect(json.objectValue?.keys == ["template", "seed", "question", "params", "answer", "answer_text", "solution", "tolerance"])
        #expect(json["answer"]?.arrayValue?.count == e.answer.count)
        let checked = e.json(checking: e.answerText)
        #expect(checked["correct"] == .bool(true))
        #expect(checked["given"]?.arrayValue?.count == e.answer.count)
        let count = ExerciseCatalog.template(named: "lstm-params")!.instance(seed: 7).json
        #expect(count["answer"]?.doubleValue != nil)  // one number, not an array
        #expect(e.json(checking: "what")["correct"] == .null)
    }

    @Test func seedsFollowTheCardAndItsReviews() {
        let a0 = ExerciseSeed.forReview(cardID: "exercise-softmax", priorReviews: 0)
        #expect(a0 == ExerciseSeed.forReview(cardID: "exercise-softmax", priorReviews: 0))
        let seeds = Set((0..<20).map { ExerciseSeed.forReview(cardID: "exercise-softmax", priorReviews: $0) })
        #expect(seeds.count == 20)
        #expect(a0 != ExerciseSeed.forReview(cardID: "exercise-cross-entropy", priorReviews: 0))
        #expect((0..<1_000_000).contains(a0))
    }
}
