#if canImport(Glibc)
import Glibc
#endif

/// Workload against desired retention, by simulation (as Anki's "compute optimal retention"
/// does, smaller): a deck of new cards learned at a fixed daily rate and reviewed when due for a
/// year, with recall drawn from the fitted memory model. For each desired retention it reports
/// reviews per day and the time spent per card remembered at the end; the retention with the
/// least time per card remembered is the cost-optimal one. Seeded, so the curve is deterministic.
public struct RetentionCurve: Sendable {
    public struct Point: Sendable, Equatable {
        public var retention: Double
        public var reviewsPerDay: Double
        /// Seconds of study per card remembered at the end (lower is better).
        public var secondsPerCardRemembered: Double
        public var remembered: Double
    }

    public var points: [Point]
    /// Index into `points` of the least time per card remembered.
    public var optimal: Int

    /// Seconds per answer: first answers (Again..Easy), then reviews (Again..Easy), as fsrs-rs's
    /// simulator defaults; an Again in review also costs a relearning step.
    static let learnSeconds = [33.8, 24.3, 13.7, 6.5]
    static let reviewSeconds = [23.0, 11.7, 7.3, 5.6]
    static let firstRating = [0.24, 0.094, 0.495, 0.171]
    static let passRating = [0.224, 0.631, 0.145]

    public static func simulate(
        parameters w: [Double], retentions: [Double] = stride(from: 0.70, through: 0.9701, by: 0.01).map { $0 },
        deckSize: Int = 1000, newPerDay: Int = 10, days: Int = 365, seed: UInt64 = 42
    ) -> RetentionCurve {
        let model = MemoryModel(w)
        var points: [Point] = []
        for retention in retentions {
            var rng = SplitMix64(seed: seed)
            var s = [Double](repeating: 0, count: deckSize), d = s
            var last = [Int](repeating: -1, count: deckSize), due = [Int](repeating: 0, count: deckSize)
            var reviews = 0
            var seconds = 0.0
            var introduced = 0
            for day in 0..<days {
                for c in 0..<introduced where due[c] <= day {
                    let elapsed = Double(day - last[c])
                    let r = model.retrievability(t: elapsed, s: s[c])
                    let recalled = rng.uniform() < r
                    let rating = recalled ? pick(passRating, rng.uniform()) + 2 : 1
                    seconds += reviewSeconds[rating - 1] + (rating == 1 ? learnSeconds[2] : 0)
                    var step = MemoryModel.Step()
                    model.forward(&s[c], &d[c], t: elapsed, rating: rating, first: false, step: &step)
                    if rating == 1 {  // the relearning step later that day, answered Good
                        model.forward(&s[c], &d[c], t: 0, rating: 3, first: false, step: &step)
                    }
                    reviews += 1
                    last[c] = day
                    due[c] = day + interval(s[c], retention, model)
                }
                for _ in 0..<newPerDay where introduced < deckSize {
                    let c = introduced
                    introduced += 1
                    let rating = pick(firstRating, rng.uniform()) + 1
                    seconds += learnSeconds[rating - 1]
                    var step = MemoryModel.Step()
                    model.forward(&s[c], &d[c], t: 0, rating: rating, first: true, step: &step)
                    if rating < 3 { model.forward(&s[c], &d[c], t: 0, rating: 3, first: false, step: &step) }
                    last[c] = day
                    due[c] = day + interval(s[c], retention, model)
                }
            }
            var remembered = 0.0
            for c in 0..<introduced { remembered += model.retrievability(t: Double(days - last[c]), s: s[c]) }
            points.append(Point(
                retention: retention, reviewsPerDay: Double(reviews) / Double(days),
                secondsPerCardRemembered: seconds / max(remembered, 1), remembered: remembered))
        }
        let optimal = points.indices.min { points[$0].secondsPerCardRemembered < points[$1].secondsPerCardRemembered } ?? 0
        return RetentionCurve(points: points, optimal: optimal)
    }

    static func pick(_ probabilities: [Double], _ u: Double) -> Int {
        var sum = 0.0
        for (i, p) in probabilities.enumerated() {
            sum += p
            if u < sum { return i }
        }
        return probabilities.count - 1
    }

    /// Whole days until recall falls to the desired retention (at least 1).
    static func interval(_ s: Double, _ retention: Double, _ model: MemoryModel) -> Int {
        let days = s / model.factor * (pow(retention, 1 / model.decay) - 1)
        return Int(min(max(days.rounded(), 1), 36500))
    }

    /// The curve in the terminal: reviews per day (bars) against desired retention, the
    /// cost-optimal retention marked.
    public func chart(width: Int = 40) -> String {
        let top = points.map(\.reviewsPerDay).max() ?? 1
        var out = "  retention  reviews/day\n"
        for (i, p) in points.enumerated() {
            let cells = max(1, Int((p.reviewsPerDay / top * Double(width)).rounded()))
            let pct = String(Int((p.retention * 100).rounded()))
            let value = String(Int(p.reviewsPerDay.rounded()))
            out += "  " + String(repeating: " ", count: max(0, 6 - pct.count)) + pct + "%  "
                + String(repeating: " ", count: max(0, 5 - value.count)) + value + " "
                + String(repeating: i == optimal ? "█" : "▒", count: cells)
                + (i == optimal ? "  ◀ least time per card remembered" : "") + "\n"
        }
        return out
    }
}
