#if canImport(Glibc)
import Glibc
#endif

/// How well parameters predict a review history, as fsrs-rs's `evaluate` (Anki's Evaluate)
/// computes it: every item (no outlier filter), recency-weighted; log loss is the weighted mean
/// cross-entropy; RMSE(bins) groups items by elapsed days, review count and lapse count (on
/// log scales) and takes the weighted root mean square of each bin's mean predicted minus
/// mean actual recall.
public struct ModelEvaluation: Equatable, Sendable {
    public var logLoss: Double
    public var rmseBins: Double

    public init(logLoss: Double, rmseBins: Double) {
        self.logLoss = logLoss
        self.rmseBins = rmseBins
    }

    /// Nil when the history has no item to predict.
    public static func evaluate(_ set: TrainingSet, parameters: [Double]) -> ModelEvaluation? {
        let n = set.items.count
        guard n > 0 else { return nil }
        let model = MemoryModel(parameters)
        var predicted = [Double](repeating: 0, count: set.reviewCount)
        predicted.withUnsafeMutableBufferPointer { out in
            for c in 0..<(set.cardStart.count - 1) where set.cardStart[c + 1] > set.cardStart[c] {
                model.predictions(set, card: c, into: out.baseAddress!)
            }
        }
        // Lapses (Again after > 0 days) and long-term reviews before each position, per card.
        var lapsesBefore = [Int32](repeating: 0, count: set.reviewCount)
        var longTermBefore = [Int32](repeating: 0, count: set.reviewCount)
        for c in 0..<(set.cardStart.count - 1) {
            var lapses: Int32 = 0, longTerm: Int32 = 0
            for p in set.cardStart[c]..<set.cardStart[c + 1] {
                lapsesBefore[p] = lapses
                longTermBefore[p] = longTerm
                if set.delta[p] > 0 {
                    longTerm += 1
                    if set.rating[p] == 1 { lapses += 1 }
                }
            }
        }
        struct Bin { var predicted = 0.0, actual = 0.0, count = 0.0, weight = 0.0 }
        var bins: [UInt64: Bin] = [:]
        var lossSum = 0.0, weightSum = 0.0
        let span = max(Double(n - 1), 1)
        for k in 0..<n {
            let p = Int(set.items[k])
            let x = Double(k) / span
            let weight = 0.25 + 0.75 * x * x * x
            let r = predicted[p]
            let y = set.rating[p] > 1 ? 1.0 : 0.0
            let rc = min(max(r, 1e-7), 1 - 1e-7)
            lossSum += -(y * log(rc) + (1 - y) * log(1 - rc)) * weight
            weightSum += weight
            let key = binKey(delta: Int(set.delta[p]), longTerm: Int(longTermBefore[p]) + 1, lapses: Int(lapsesBefore[p]))
            bins[key, default: Bin()].predicted += r
            bins[key, default: Bin()].actual += y
            bins[key, default: Bin()].count += 1
            bins[key, default: Bin()].weight += weight
        }
        var squares = 0.0, binWeights = 0.0
        for bin in bins.values.sorted(by: { $0.weight < $1.weight }) {
            let diff = bin.predicted / bin.count - bin.actual / bin.count
            squares += diff * diff * bin.weight
            binWeights += bin.weight
        }
        return ModelEvaluation(logLoss: lossSum / weightSum, rmseBins: (squares / binWeights).squareRoot())
    }

    /// fsrs-rs's `r_matrix_index`: elapsed days, review count (long-term reviews + 1) and lapses,
    /// each rounded down to a power of its base.
    static func binKey(delta: Int, longTerm: Int, lapses: Int) -> UInt64 {
        func bin(_ x: Double, _ base: Double, _ scale: Double) -> UInt64 {
            UInt64((scale * pow(base, (log(x) / log(base)).rounded(.down))).rounded())
        }
        let d = UInt64((2.48 * pow(3.62, (log(Double(delta)) / log(3.62)).rounded(.down)) * 100).rounded())
        let length = bin(Double(longTerm + 1), 1.89, 1.99)
        let lapse = lapses == 0 ? 0 : bin(Double(lapses), 1.73, 1.65)
        return d << 32 | length << 16 | lapse
    }
}
