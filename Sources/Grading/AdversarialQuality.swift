/// The grader's figures over an adversarial evaluation set (issue 14).
///
/// Labels: "correct" (right, in other words than the key points'), "salad" (the right terms, no claim),
/// "inverted" (the opposite of key points), "swapped" (roles exchanged), "negated" (key points denied),
/// "vague" (on topic, says nothing right).
/// - `aucCorrectVsAdversarial`: P(a correct answer scores above an adversarial one), ties half; target ≥ 0.95.
/// - `saladLow`: share of salads rated Again or Hard; target ≥ 0.95.
/// - `errorsLow`: share of inverted, swapped and negated answers rated Again or Hard; target ≥ 0.90.
/// - `correctHigh`: share of correct answers rated Good or Easy; target ≥ 0.85.
public struct AdversarialQuality: Sendable {
    public var aucCorrectVsAdversarial: Double
    public var saladLow: Double
    public var errorsLow: Double
    public var correctHigh: Double
    public var count: Int

    public init(labelled: [(label: String, score: Double, rating: Int)]) {
        func share(_ labels: Set<String>, _ ratings: Set<Int>) -> Double {
            let items = labelled.filter { labels.contains($0.label) }
            return items.isEmpty ? 0 : Double(items.filter { ratings.contains($0.rating) }.count) / Double(items.count)
        }
        aucCorrectVsAdversarial = GradingQuality.auc(
            positives: labelled.filter { $0.label == "correct" }.map(\.score),
            negatives: labelled.filter { $0.label != "correct" }.map(\.score))
        saladLow = share(["salad"], [1, 2])
        errorsLow = share(["inverted", "swapped", "negated"], [1, 2])
        correctHigh = share(["correct"], [3, 4])
        count = labelled.count
    }

    public var summary: String {
        func pct(_ x: Double) -> String { "\(Int((x * 1000).rounded()) / 10).\(Int((x * 1000).rounded()) % 10)%" }
        let auc = Int((aucCorrectVsAdversarial * 1000).rounded())
        return "\(count) answers: AUC correct vs adversarial 0.\(auc < 100 ? "0" : "")\(auc < 10 ? "0" : "")\(auc == 1000 ? "999+" : String(auc)), "
            + "salads Again/Hard \(pct(saladLow)), inverted/swapped/negated Again/Hard \(pct(errorsLow)), correct Good/Easy \(pct(correctHigh))"
    }
}
