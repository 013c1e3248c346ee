#if canImport(Glibc)
import Glibc
#endif

/// Pre-training of w0-w3 as fsrs-rs does it (`parameter_initialization.rs`): for each first
/// rating, the stability whose forgetting curve best fits the outcomes of the cards' first
/// long-term review, by ternary search of a count-weighted log loss (recall Laplace-smoothed
/// toward the average recall) plus a small pull toward the default; then missing or
/// out-of-order ratings are filled in and smoothed.
enum InitialStability {
    static let maximum = 100.0
    static let minimum = 0.001

    /// One first long-term review: the card's first rating, the study days until the review,
    /// and whether it was recalled.
    struct Outcome {
        var firstRating: Int
        var delta: Int
        var recalled: Bool
    }

    /// The four initial stabilities and how many outcomes each first rating had; nil without data.
    static func fit(_ outcomes: [Outcome], averageRecall: Double) -> (stability: [Double], counts: [Int: Int])? {
        // first rating -> delta -> (recalled, count)
        var groups: [Int: [Int: (passed: Int, count: Int)]] = [:]
        for o in outcomes {
            groups[o.firstRating, default: [:]][o.delta, default: (0, 0)].passed += o.recalled ? 1 : 0
            groups[o.firstRating, default: [:]][o.delta, default: (0, 0)].count += 1
        }
        var counts: [Int: Int] = [:]
        var stability: [Int: Double] = [:]
        let decay = -FSRSParameters.defaultWeights[20]
        let factor = pow(0.9, 1 / decay) - 1
        for (rating, byDelta) in groups {
            let data = byDelta.sorted { $0.key < $1.key }
            counts[rating] = data.reduce(0) { $0 + $1.value.count }
            let t = data.map { Double($0.key) }
            let n = data.map { Double($0.value.count) }
            let recall = data.map { (Double($0.value.passed) + averageRecall) / (Double($0.value.count) + 1) }
            let defaultS = FSRSParameters.defaultWeights[rating - 1]
            func loss(_ s: Double) -> Double {
                var total = 0.0
                for i in 0..<t.count {
                    let p = pow(t[i] / s * factor + 1, decay)
                    total += -(recall[i] * log(p) + (1 - recall[i]) * log(1 - p)) * n[i]
                }
                return total + abs(s - defaultS) / 16
            }
            var low = minimum, high = maximum
            var best = defaultS
            var iterations = 0
            while high - low > Double.ulpOfOne && iterations < 1000 {
                iterations += 1
                let m1 = low + (high - low) / 3, m2 = high - (high - low) / 3
                if loss(m1) < loss(m2) { high = m2 } else { low = m1 }
                best = (high + low) / 2
            }
            stability[rating] = best
        }
        guard let filled = smoothAndFill(stability, counts: counts) else { return nil }
        return (filled, counts)
    }

    /// fsrs-rs's `smooth_and_fill`: keeps ratings that had data, makes stability rise with the
    /// rating (trusting the better-attested of each out-of-order pair), fills missing ratings
    /// from the others, and clamps to [0.001, 100]. Nil when no rating had data.
    static func smoothAndFill(_ stabilityIn: [Int: Double], counts: [Int: Int]) -> [Double]? {
        var st = stabilityIn.filter { counts[$0.key] != nil }
        for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
            if let a = st[small], let b = st[big], a > b {
                if counts[small]! > counts[big]! { st[big] = a } else { st[small] = b }
            }
        }
        let w1 = 0.41, w2 = 0.54
        let defaults = Array(FSRSParameters.defaultWeights[0..<4])
        var r: [Double?] = [nil, st[1], st[2], st[3], st[4]]
        var result: [Double]
        switch st.count {
        case 0:
            return nil
        case 1:
            let (rating, value) = st.first!
            let f = value / defaults[rating - 1]
            result = defaults.map { $0 * f }.sorted()
        case 2:
            switch (r[1], r[2], r[3], r[4]) {
            case (nil, nil, let r3?, let r4?):
                let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
                r[2] = r2
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, nil, let r4?):
                let r3 = pow(r2, 1 - w2) * pow(r4, w2)
                r[3] = r3
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (nil, let r2?, let r3?, nil):
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            case (let r1?, nil, nil, let r4?):
                let k = w1 / (w1 + w2 - w1 * w2), j = w2 / (w1 + w2 - w1 * w2)
                r[2] = pow(r1, k) * pow(r4, 1 - k)
                r[3] = pow(r1, 1 - j) * pow(r4, j)
            case (let r1?, nil, let r3?, nil):
                let r2 = pow(r1, w1) * pow(r3, 1 - w1)
                r[2] = r2
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            case (let r1?, let r2?, nil, nil):
                let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
                r[3] = r3
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            default:
                break
            }
            result = r.compactMap { $0 }
        case 3:
            if r[1] == nil, let r2 = r[2], let r3 = r[3] {
                r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
            } else if r[2] == nil, let r1 = r[1], let r3 = r[3] {
                r[2] = pow(r1, w1) * pow(r3, 1 - w1)
            } else if r[3] == nil, let r2 = r[2], let r4 = r[4] {
                r[3] = pow(r2, 1 - w2) * pow(r4, w2)
            } else if r[4] == nil, let r2 = r[2], let r3 = r[3] {
                r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
            }
            result = r.compactMap { $0 }
        default:
            result = r.compactMap { $0 }
        }
        guard result.count >= 4 else { return nil }
        return result.prefix(4).map { min(max($0, minimum), maximum) }
    }
}
