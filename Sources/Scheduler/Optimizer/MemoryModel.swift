#if canImport(Glibc)
import Glibc
#endif

/// FSRS-6's memory model as fsrs-rs trains it, with hand-written gradients.
///
/// Follows fsrs-rs's model step: the incoming state is clamped (S to [0.001, 36500], D to [1, 10]);
/// retrievability is the power forgetting curve at the elapsed study days; a same-day review
/// (0 days) uses the short-term stability formula, Again the lapse formula (floored by
/// S / e^(w17·w18)), other ratings the recall formula; difficulty moves linearly and reverts
/// toward the Easy initial difficulty. The backward pass follows the branch the forward pass took
/// (clamps stop gradients), as fsrs-rs's analytic gradients do.
struct MemoryModel {
    static let sMin = 0.001, sMax = 36500.0, dMin = 1.0, dMax = 10.0
    static let minProbability = 1e-7, maxProbability = 1 - 1e-7
    static let ln09 = log(0.9)

    let w: [Double]
    let decay: Double
    let factor: Double
    let expW8: Double
    let failureFloorDivisor: Double
    let easyDifficulty: Double
    /// d factor / d decay, for w20's gradient.
    let factorPerDecay: Double

    init(_ w: [Double]) {
        self.w = w
        decay = -w[20]
        factor = exp(MemoryModel.ln09 / decay) - 1
        expW8 = exp(w[8])
        failureFloorDivisor = exp(w[17] * w[18])
        easyDifficulty = w[4] - exp(w[5] * 3) + 1
        factorPerDecay = exp(MemoryModel.ln09 / decay) * (-MemoryModel.ln09 / (decay * decay))
    }

    enum Branch: UInt8 { case initial, short, failure, success }

    /// What the backward pass needs from one forward step.
    struct Step {
        var branch: Branch = .initial
        var rating: Double = 0
        var stateS = 0.0, stateD = 0.0
        var lastS = 0.0, lastD = 0.0
        var t = 0.0, base = 1.0, r = 1.0
        /// Success: s^-w9 and e^((1-R)w10). Failure: raw value (or the floor) and whether the floor won.
        /// Short: the raw multiplier, the one used, and whether the raw one is live.
        var a = 0.0, b = 0.0
        var flag = false
        var preClampS = 0.0, meanD = 0.0
        /// dLoss/dR from this review's own prediction.
        var gR = 0.0
    }

    @inline(__always) static func clamp(_ x: Double, _ lo: Double, _ hi: Double) -> Double { min(max(x, lo), hi) }
    @inline(__always) static func inside(_ x: Double, _ lo: Double, _ hi: Double) -> Double { x > lo && x < hi ? 1 : 0 }

    @inline(__always) func initialDifficulty(_ rating: Int) -> Double { w[4] - exp(w[5] * Double(rating - 1)) + 1 }

    /// Retrievability after `t` days at stability `s` (the state's S, clamped).
    @inline(__always) func retrievability(t: Double, s: Double) -> Double {
        t <= 0 ? 1 : pow(1 + t / s * factor, decay)
    }

    /// One review: the state (s, d) after rating `rating` given `t` elapsed study days.
    @inline(__always)
    func forward(_ s: inout Double, _ d: inout Double, t: Double, rating: Int, first: Bool, step: inout Step) {
        let rt = Double(rating)
        step.rating = rt
        step.stateS = s
        step.stateD = d
        if first {
            step.branch = .initial
            let s0 = w[rating - 1]
            step.preClampS = s0
            s = MemoryModel.clamp(s0, MemoryModel.sMin, MemoryModel.sMax)
            d = MemoryModel.clamp(initialDifficulty(rating), MemoryModel.dMin, MemoryModel.dMax)
            step.gR = 0
            return
        }
        let lastS = MemoryModel.clamp(s, MemoryModel.sMin, MemoryModel.sMax)
        let lastD = MemoryModel.clamp(d, MemoryModel.dMin, MemoryModel.dMax)
        step.lastS = lastS
        step.lastD = lastD
        step.t = t
        var newS: Double
        if t <= 0 {
            step.base = 1
            step.r = 1
            step.branch = .short
            let raw = exp(w[17] * (rt - 3 + w[18])) * pow(lastS, -w[19])
            let used = rating >= 2 ? max(raw, 1) : raw
            step.a = raw
            step.b = used
            step.flag = !(rating >= 2 && raw < 1)
            newS = lastS * used
        } else {
            let base = 1 + t / lastS * factor
            let r = pow(base, decay)
            step.base = base
            step.r = r
            if rating == 1 {
                step.branch = .failure
                let raw = w[11] * pow(lastD, -w[12]) * (pow(lastS + 1, w[13]) - 1) * exp((1 - r) * w[14])
                let floor = lastS / failureFloorDivisor
                step.flag = floor < raw
                newS = step.flag ? floor : raw
                step.a = newS
            } else {
                step.branch = .success
                let cS = pow(lastS, -w[9])
                let expE = exp((1 - r) * w[10])
                step.a = cS
                step.b = expE
                let hp = rating == 2 ? w[15] : 1
                let eb = rating == 4 ? w[16] : 1
                newS = lastS * (expW8 * (11 - lastD) * cS * (expE - 1) * hp * eb + 1)
            }
        }
        let nextD = lastD + (10 - lastD) * (-w[6] * (rt - 3)) / 9
        let meanD = w[7] * (easyDifficulty - nextD) + nextD
        step.meanD = meanD
        step.preClampS = newS
        s = MemoryModel.clamp(newS, MemoryModel.sMin, MemoryModel.sMax)
        d = MemoryModel.clamp(meanD, MemoryModel.dMin, MemoryModel.dMax)
    }

    /// Weighted binary cross-entropy of predicting `r` for a pass (`label`) and its dLoss/dR.
    @inline(__always)
    static func crossEntropy(_ rRaw: Double, label: Bool, weight: Double) -> (loss: Double, gR: Double) {
        let r = clamp(rRaw, minProbability, maxProbability)
        let loss = -(label ? log(r) : log(1 - r)) * weight
        let g = rRaw > minProbability && rRaw < maxProbability ? -weight * (label ? 1 / r : -1 / (1 - r)) : 0
        return (loss, g)
    }

    /// Back through one step: takes dLoss/d(state out), adds dLoss/dw into `grad`, returns
    /// dLoss/d(state in).
    @inline(__always)
    func backward(_ c: Step, gS gOutS: Double, gD gOutD: Double, grad: UnsafeMutablePointer<Double>) -> (Double, Double) {
        let gPreS = gOutS * MemoryModel.inside(c.preClampS, MemoryModel.sMin, MemoryModel.sMax)
        let rating = Int(c.rating)
        if c.branch == .initial {
            grad[rating - 1] += gPreS
            let rawD = initialDifficulty(rating)
            let g = gOutD * MemoryModel.inside(rawD, MemoryModel.dMin, MemoryModel.dMax)
            if g != 0 {
                let offset = Double(rating - 1)
                grad[4] += g
                grad[5] += g * -offset * exp(offset * w[5])
            }
            return (0, 0)
        }
        let s = c.lastS, d = c.lastD
        var gS = 0.0, gD = 0.0
        var gR = c.gR
        if gPreS != 0 {
            switch c.branch {
            case .short:
                gS += gPreS * c.b
                if c.flag {
                    let gRaw = gPreS * s * c.a
                    grad[17] += gRaw * (c.rating - 3 + w[18])
                    grad[18] += gRaw * w[17]
                    grad[19] += gRaw * -log(s)
                    gS += gRaw * (-w[19] / s)
                }
            case .failure:
                if c.flag {
                    let floor = c.a
                    grad[17] += gPreS * floor * -w[18]
                    grad[18] += gPreS * floor * -w[17]
                    gS += gPreS * floor / s
                } else {
                    let raw = c.a
                    let base = s + 1
                    let p = pow(base, w[13])
                    grad[11] += gPreS * raw / w[11]
                    grad[12] += gPreS * raw * -log(d)
                    grad[13] += gPreS * raw / (p - 1) * p * log(base)
                    grad[14] += gPreS * raw * (1 - c.r)
                    gS += gPreS * raw / (p - 1) * w[13] * p / base
                    gD += gPreS * raw * (-w[12] / d)
                    gR += gPreS * raw * -w[14]
                }
            case .success:
                let cS = c.a, expE = c.b, e = expE - 1
                let hp = rating == 2 ? w[15] : 1
                let eb = rating == 4 ? w[16] : 1
                let core = expW8 * (11 - d) * cS
                let inc = core * e * hp * eb
                let gInc = gPreS * s
                gS += gPreS * (inc + 1) + gInc * inc * (-w[9] / s)
                gD += -(gInc * expW8 * cS * e * hp * eb)
                gR += gInc * core * hp * eb * (-w[10] * expE)
                grad[8] += gInc * inc
                grad[9] += gInc * inc * -log(s)
                grad[10] += gInc * core * hp * eb * ((1 - c.r) * expE)
                if rating == 2 { grad[15] += gInc * core * e * eb }
                if rating == 4 { grad[16] += gInc * core * e * hp }
            case .initial:
                break
            }
        }
        // Difficulty.
        let gMean = gOutD * MemoryModel.inside(c.meanD, MemoryModel.dMin, MemoryModel.dMax)
        if gMean != 0 {
            let rm3 = c.rating - 3
            let deltaD = -w[6] * rm3
            let nextD = d + (10 - d) * deltaD / 9
            grad[7] += gMean * (easyDifficulty - nextD)
            grad[4] += gMean * w[7]
            grad[5] += gMean * w[7] * -3 * exp(3 * w[5])
            let gNext = gMean * (1 - w[7])
            grad[6] += gNext * (10 - d) * -rm3 / 9
            gD += gNext * (1 - deltaD / 9)
        }
        // Forgetting curve.
        if gR != 0 && c.t > 0 {
            let dbds = -c.t * factor / (s * s)
            gS += gR * c.r * decay / c.base * dbds
            let dbdDecay = c.t / s * factorPerDecay
            let drdDecay = c.r * (log(c.base) + decay / c.base * dbdDecay)
            grad[20] += -gR * drdDecay
        }
        return (
            gS * MemoryModel.inside(c.stateS, MemoryModel.sMin, MemoryModel.sMax),
            gD * MemoryModel.inside(c.stateD, MemoryModel.dMin, MemoryModel.dMax)
        )
    }

    /// Loss over one card's reviews `[from, to)` of `set`, predicting each review with weight > 0
    /// from the state before it; with `grad`, adds the gradient. `steps` is scratch space.
    func cardLoss(
        _ set: TrainingSet, from: Int, to: Int, weights: UnsafePointer<Double>,
        grad: UnsafeMutablePointer<Double>?, steps: inout [Step]
    ) -> Double {
        let n = to - from
        if steps.count < n { steps.append(contentsOf: repeatElement(Step(), count: n - steps.count)) }
        var s = 0.0, d = 0.0
        var loss = 0.0
        set.delta.withUnsafeBufferPointer { delta in
            set.rating.withUnsafeBufferPointer { ratings in
                steps.withUnsafeMutableBufferPointer { st in
                    for i in 0..<n {
                        let p = from + i
                        let rating = Int(ratings[p])
                        forward(&s, &d, t: Double(delta[p]), rating: rating, first: i == 0, step: &st[i])
                        let weight = weights[p]
                        if i > 0 && weight > 0 {
                            let (l, g) = MemoryModel.crossEntropy(st[i].r, label: rating > 1, weight: weight)
                            loss += l
                            st[i].gR = g
                        } else {
                            st[i].gR = 0
                        }
                    }
                    if let grad {
                        var gS = 0.0, gD = 0.0
                        for i in stride(from: n - 1, through: 0, by: -1) {
                            (gS, gD) = backward(st[i], gS: gS, gD: gD, grad: grad)
                        }
                    }
                }
            }
        }
        return loss
    }

    /// Predicted recall for every review of a card (0 for the first), for evaluation.
    func predictions(_ set: TrainingSet, card c: Int, into out: UnsafeMutablePointer<Double>) {
        var s = 0.0, d = 0.0
        var step = Step()
        for p in set.cardStart[c]..<set.cardStart[c + 1] {
            let first = p == set.cardStart[c]
            forward(&s, &d, t: Double(set.delta[p]), rating: Int(set.rating[p]), first: first, step: &step)
            out[p] = first ? 0 : step.r
        }
    }
}
