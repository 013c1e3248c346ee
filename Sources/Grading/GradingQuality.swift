/// The grader's quality figures over a labelled evaluation set.
///
/// Labels: "correct", "partial", "wrong" (wrong but on topic), "offtopic".
/// - `aucCorrectVsAll`: probability that a random correct answer scores above a random other answer (ties count half).
/// - `aucCorrectVsWrong`: the same against wrong-but-on-topic answers only.
/// - `ratingAgreement`: share of answers whose suggested rating fits the label: correct → Good or Easy,
///   partial → Hard (or Good: "partial" spans half to most of the points), wrong and offtopic → Again.
public struct GradingQuality: Sendable {
    public var aucCorrectVsAll: Double
    public var aucCorrectVsWrong: Double
    public var ratingAgreement: Double
    public var count: Int

    public init(labelled: [(label: String, score: Double, rating: Int)]) {
        let correct = labelled.filter { $0.label == "correct" }.map(\.score)
        aucCorrectVsAll = GradingQuality.auc(positives: correct, negatives: labelled.filter { $0.label != "correct" }.map(\.score))
        aucCorrectVsWrong = GradingQuality.auc(positives: correct, negatives: labelled.filter { $0.label == "wrong" }.map(\.score))
        let agreeing = labelled.filter { GradingQuality.acceptedRatings($0.label).contains($0.rating) }.count
        ratingAgreement = labelled.isEmpty ? 0 : Double(agreeing) / Double(labelled.count)
        count = labelled.count
    }

    /// The ratings that agree with a label.
    public static func acceptedRatings(_ label: String) -> Set<Int> {
        switch label {
        case "correct": [3, 4]
        case "partial": [2, 3]
        default: [1]
        }
    }

    /// Mann–Whitney AUC: P(positive > negative) + ½ P(tie).
    public static func auc(positives: [Double], negatives: [Double]) -> Double {
        guard !positives.isEmpty, !negatives.isEmpty else { return 0 }
        var wins = 0.0
        for p in positives {
            for n in negatives {
                if p > n { wins += 1 } else if p == n { wins += 0.5 }
            }
        }
        return wins / Double(positives.count * negatives.count)
    }
}
