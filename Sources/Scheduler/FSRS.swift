import ReviewLog

#if canImport(Glibc)
import Glibc
#endif

/// The FSRS-6 scheduler, a line-by-line port of py-fsrs 6.3.2 `Scheduler.review_card`.
///
/// Bit-exactness notes: powers use `pow(M_E, x)` like Python's `math.e ** x`; intervals round
/// half to even like Python's `round`; elapsed days are whole 24-hour periods (`timedelta.days`);
/// step arithmetic is on integer microseconds like `timedelta`.
public struct FSRS: Sendable {
    public var parameters: FSRSParameters
    public var desiredRetention: Double
    /// Learning steps in microseconds; empty means no steps.
    public var learningSteps: [Int64]
    public var relearningSteps: [Int64]
    public var maximumInterval: Int
    public var fuzz: Bool

    let w: [Double]
    let decay: Double
    let factor: Double
    /// (desired_retention ** (1 / DECAY)) - 1, the retention term of the interval formula.
    let retentionTerm: Double
    /// Constant sub-expressions, computed once with the same operations (so results are unchanged).
    let easyInitialDifficulty: Double
    let expW8: Double
    let forgetShortTermDivisor: Double

    public init(
        parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
        learningSteps: [Int64] = [60_000_000, 600_000_000], relearningSteps: [Int64] = [600_000_000],
        maximumInterval: Int = 36500, fuzz: Bool = true
    ) throws(SchedulerError) {
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw SchedulerError("desired retention must be between 0 and 1 (exclusive), got \(desiredRetention)")
        }
        guard maximumInterval >= 1 else { throw SchedulerError("maximum interval must be at least 1 day") }
        guard (learningSteps + relearningSteps).allSatisfy({ $0 > 0 }) else {
            throw SchedulerError("learning and relearning steps must be positive")
        }
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzz = fuzz
        w = parameters.weights
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        retentionTerm = pow(desiredRetention, 1 / decay) - 1
        easyInitialDifficulty = w[4] - pow(M_E, w[5] * (4 - 1)) + 1
        expW8 = pow(M_E, w[8])
        forgetShortTermDivisor = pow(M_E, w[17] * w[18])
    }

    /// Predicted recall probability at `now`; 0 before the first review.
    public func retrievability(_ card: CardSchedule, at now: Moment) -> Double {
        guard let last = card.lastReview, let stability = card.stability else { return 0 }
        let elapsed = max(0, now.wholeDays(since: last))
        return pow(1 + factor * Double(elapsed) / stability, decay)
    }

    /// The card after a review. `fuzzU` supplies the uniform number for fuzz (called only when
    /// py-fsrs would call `random()`); by default it is derived from the card seed and the review.
    @inline(__always)
    public func review(
        _ card: CardSchedule, rating: Rating, at now: Moment, cardSeed: UInt64 = 0,
        fuzzU: ((Moment, Rating) -> Double)? = nil
    ) -> CardSchedule {
        var card = card
        let r = Double(rating.rawValue)
        let daysSince: Int? = card.lastReview.map { now.wholeDays(since: $0) }
        let shortTerm = daysSince.map { $0 < 1 } ?? false
        var interval: Int64  // microseconds
        var intervalIsDays = false
        var intervalDays = 0

        func toReview(_ card: inout CardSchedule) {
            card.state = .review
            card.step = nil
            intervalDays = nextInterval(stability: card.stability!)
            intervalIsDays = true
        }

        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            let step = card.step ?? 0
            if card.stability == nil || card.difficulty == nil {
                card.stability = initialStability(rating)
                card.difficulty = clampDifficulty(initialDifficulty(r))
            } else if shortTerm {
                card.stability = shortTermStability(card.stability!, r)
                card.difficulty = nextDifficulty(card.difficulty!, r)
            } else {
                card.stability = nextStability(
                    card.difficulty!, card.stability!, retrievability(card, at: now), rating)
                card.difficulty = nextDifficulty(card.difficulty!, r)
            }
            interval = 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                toReview(&card)
            } else {
                switch rating {
                case .again:
                    card.step = 0
                    interval = steps[0]
                case .hard:
                    if step == 0 && steps.count == 1 {
                        interval = FSRS.roundHalfEvenDivide(steps[0] * 3, 2)
                    } else if step == 0 && steps.count >= 2 {
                        interval = FSRS.roundHalfEvenDivide(steps[0] + steps[1], 2)
                    } else {
                        interval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        toReview(&card)
                    } else {
                        card.step = step + 1
                        interval = steps[step + 1]
                    }
                case .easy:
                    toReview(&card)
                }
            }
        case .review:
            if shortTerm {
                card.stability = shortTermStability(card.stability!, r)
            } else {
                card.stability = nextStability(
                    card.difficulty!, card.stability!, retrievability(card, at: now), rating)
            }
            card.difficulty = nextDifficulty(card.difficulty!, r)
            interval = 0
            if rating == .again && !relearningSteps.isEmpty {
                card.state = .relearning
                card.step = 0
                interval = relearningSteps[0]
            } else {
                intervalDays = nextInterval(stability: card.stability!)
                intervalIsDays = true
            }
        }
        if intervalIsDays {
            if fuzz && card.state == .review && Double(intervalDays) >= 2.5 {
                let u = fuzzU?(now, rating) ?? Fuzz.uniform(cardSeed: cardSeed, ordinal: card.reviews, rating: rating)
                intervalDays = Fuzz.apply(days: intervalDays, u: u, maximumInterval: maximumInterval)
            }
            interval = Int64(intervalDays) * Moment.microsPerDay
        }
        card.due = now.adding(micros: interval)
        card.lastReview = now
        card.reviews += 1
        return card
    }

    /// The whole-day interval for a stability (py-fsrs `_next_interval`).
    public func nextInterval(stability: Double) -> Int {
        let raw = (stability / factor) * retentionTerm
        let days = raw.rounded(.toNearestOrEven)
        let clamped = min(max(days, 1), Double(maximumInterval))
        return Int(clamped)
    }

    // MARK: - FSRS-6 formulas, in py-fsrs's operation order

    func clampDifficulty(_ d: Double) -> Double { min(max(d, 1.0), 10.0) }

    func clampStability(_ s: Double) -> Double { max(s, 0.001) }

    func initialStability(_ rating: Rating) -> Double { clampStability(w[rating.rawValue - 1]) }

    func initialDifficulty(_ r: Double) -> Double { w[4] - pow(M_E, w[5] * (r - 1)) + 1 }

    func shortTermStability(_ s: Double, _ r: Double) -> Double {
        var increase = pow(M_E, w[17] * (r - 3 + w[18])) * pow(s, -w[19])
        if r >= 2 { increase = max(increase, 1.0) }
        return clampStability(s * increase)
    }

    func nextDifficulty(_ d: Double, _ r: Double) -> Double {
        let easyInitial = easyInitialDifficulty
        let delta = -(w[6] * (r - 3))
        let damped = d + (10.0 - d) * delta / 9.0
        return clampDifficulty(w[7] * easyInitial + (1 - w[7]) * damped)
    }

    func nextStability(_ d: Double, _ s: Double, _ retrievability: Double, _ rating: Rating) -> Double {
        let next: Double
        if rating == .again {
            let longTerm = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1) * pow(M_E, (1 - retrievability) * w[14])
            let shortTerm = s / forgetShortTermDivisor
            next = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? w[15] : 1
            let easyBonus = rating == .easy ? w[16] : 1
            next = s * (1 + expW8 * (11 - d) * pow(s, -w[9]) * (pow(M_E, (1 - retrievability) * w[10]) - 1)
                * hardPenalty * easyBonus)
        }
        return clampStability(next)
    }

    /// a / b rounded half to even, as `timedelta` rounds products and quotients (b > 0).
    static func roundHalfEvenDivide(_ a: Int64, _ b: Int64) -> Int64 {
        var q = Moment.floorDivide(a, b)
        let rem = a - q * b
        if rem * 2 > b || (rem * 2 == b && q % 2 != 0) { q += 1 }
        return q
    }
}
