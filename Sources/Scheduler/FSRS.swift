import ReviewLog
#if canImport(Glibc)
import Glibc
#endif

/// The FSRS-6 scheduler, a line-by-line port of py-fsrs 6.3.2 `Scheduler.review_card`.
///
/// The configuration is fixed at construction: every setting is a `let`, checked by the one
/// initialiser, and the constants derived from it are computed there. To change a setting, build
/// a new scheduler (`replacing(parameters:)` for the optimizer).
///
/// Bit-exactness notes: powers use `pow(M_E, x)` like Python's `math.e ** x`; intervals round
/// half to even like Python's `round`; elapsed days are whole 24-hour periods (`timedelta.days`);
/// step arithmetic is on integer microseconds like `timedelta`.
public struct FSRS: Sendable {
    public let parameters: FSRSParameters
    public let desiredRetention: Double
    /// Empty means no steps: a new card goes straight to review.
    public let learningSteps: [TimeSpan]
    public let relearningSteps: [TimeSpan]
    public let maximumInterval: Int
    public let fuzz: Bool

    private let w: [Double]
    private let decay: Double
    private let factor: Double
    /// (desired_retention ** (1 / DECAY)) - 1, the retention term of the interval formula.
    private let retentionTerm: Double
    /// Constant sub-expressions, computed once with the same operations (so results are unchanged).
    private let easyInitialDifficulty: Double
    private let expW8: Double
    private let forgetShortTermDivisor: Double

    public static let defaultLearningSteps: [TimeSpan] = [.minutes(1), .minutes(10)]
    public static let defaultRelearningSteps: [TimeSpan] = [.minutes(10)]

    /// Checks every setting: retention in (0, 1), maximum interval at least 1 day, steps positive;
    /// the parameters were checked against their bounds when they were made.
    public init(
        parameters: FSRSParameters = .default, desiredRetention: Double = 0.9,
        learningSteps: [TimeSpan] = FSRS.defaultLearningSteps, relearningSteps: [TimeSpan] = FSRS.defaultRelearningSteps,
        maximumInterval: Int = 36500, fuzz: Bool = true
    ) throws(SchedulerError) {
        guard desiredRetention > 0, desiredRetention < 1 else { throw .desiredRetention(desiredRetention) }
        guard maximumInterval >= 1 else { throw .maximumInterval(maximumInterval) }
        if let bad = (learningSteps + relearningSteps).first(where: { $0.micros <= 0 }) { throw .nonPositiveStep(bad) }
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

    /// The same scheduler with other weights (already checked), for the optimizer.
    public func replacing(parameters: FSRSParameters) -> FSRS {
        // The other settings passed this initialiser's checks already, so it cannot throw here.
        try! FSRS(
            parameters: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, fuzz: fuzz)
    }

    /// Predicted recall probability at `now`; 0 before the first review.
    public func retrievability(_ card: CardSchedule, at now: Moment) -> Double {
        guard let last = card.lastReview, let memory = card.memory else { return 0 }
        let elapsed = max(0, now.wholeDays(since: last))
        return pow(1 + factor * Double(elapsed) / memory.stability, decay)
    }

    /// The memory state after a review (py-fsrs `_update_memory`): the initial state for a first
    /// review; the short-term formula when the last review was less than a whole day ago;
    /// otherwise the long-term formula at the card's retrievability now. The same in every state.
    func updatedMemory(_ card: CardSchedule, rating: Rating, at now: Moment) -> MemoryState {
        let r = Double(rating.rawValue)
        guard let memory = card.memory else {
            return MemoryState(stability: initialStability(rating), difficulty: clampDifficulty(initialDifficulty(r)))
        }
        let shortTerm = card.lastReview.map { now.wholeDays(since: $0) < 1 } ?? false
        let stability = shortTerm
            ? shortTermStability(memory.stability, r)
            : nextStability(memory.difficulty, memory.stability, retrievability(card, at: now), rating)
        return MemoryState(stability: stability, difficulty: nextDifficulty(memory.difficulty, r))
    }

    /// The card after a review. `fuzzU` supplies the uniform number for fuzz (called only when
    /// py-fsrs would call `random()`); by default it is derived from the card seed and the review.
    @inline(__always)
    public func review(
        _ card: CardSchedule, rating: Rating, at now: Moment, cardSeed: UInt64 = 0,
        fuzzU: ((Moment, Rating) -> Double)? = nil
    ) -> CardSchedule {
        var card = card
        card.memory = updatedMemory(card, rating: rating, at: now)
        // Where the card goes next: a step (microseconds) or, in review, a whole number of days.
        var interval: Int64 = 0
        var intervalDays: Int? = nil
        func toReview() {
            card.state = .review
            card.step = nil
            intervalDays = nextInterval(stability: card.memory!.stability)
        }
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningSteps : relearningSteps
            let step = card.step ?? 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                toReview()
            } else {
                switch rating {
                case .again:
                    card.step = 0
                    interval = steps[0].micros
                case .hard:
                    if step == 0 && steps.count == 1 {
                        interval = FSRS.roundHalfEvenDivide(steps[0].micros * 3, 2)
                    } else if step == 0 && steps.count >= 2 {
                        interval = FSRS.roundHalfEvenDivide(steps[0].micros + steps[1].micros, 2)
                    } else {
                        interval = steps[step].micros
                    }
                case .good:
                    if step + 1 == steps.count {
                        toReview()
                    } else {
                        card.step = step + 1
                        interval = steps[step + 1].micros
                    }
                case .easy:
                    toReview()
                }
            }
        case .review:
            if rating == .again && !relearningSteps.isEmpty {
                card.state = .relearning
                card.step = 0
                interval = relearningSteps[0].micros
            } else {
                intervalDays = nextInterval(stability: card.memory!.stability)
            }
        }
        if var days = intervalDays {
            if fuzz && card.state == .review && Double(days) >= 2.5 {
                let u = fuzzU?(now, rating) ?? Fuzz.uniform(cardSeed: cardSeed, ordinal: card.reviews, rating: rating)
                days = Fuzz.apply(days: days, u: u, maximumInterval: maximumInterval)
            }
            interval = Int64(days) * Moment.microsPerDay
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
