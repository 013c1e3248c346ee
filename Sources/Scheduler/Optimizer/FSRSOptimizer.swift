import Dispatch

/// Fits FSRS-6's 21 parameters to a review history the way fsrs-rs (Anki's optimizer) does:
/// outlier filter, pre-trained initial stabilities, then Adam (learning rate 0.04, cosine
/// annealing over all steps, 5 epochs, batches of up to 512 predicted reviews made of whole
/// cards), clipping after each step, recency weights (0.25 rising to 1 with the cube of the
/// item's position in time), an L2 pull toward the pre-trained start scaled by each parameter's
/// spread, and the epoch with the lowest training loss kept. Deterministic: the batch order is
/// shuffled with a fixed seed.
public struct FSRSOptimizer: Sendable {
    public var epochs = 5
    public var batchSize = 512
    public var learningRate = 0.04
    public var maxSequenceLength = 256
    public var gamma = 1.0
    public var seed: UInt64 = 2023
    /// Relearning steps in the scheduler (bounds w17, w18 when more than one).
    public var relearningSteps = 1

    /// fsrs-rs's `PARAMS_STDDEV`: how far each parameter typically strays, for the L2 pull.
    static let spread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ]

    public init() {}

    public struct Result: Sendable {
        public var parameters: [Double]
        public var outcome: FitOutcome
        /// Items after the outlier filter (what the fit learned from).
        public var items: Int
    }

    public func fit(_ set: TrainingSet) -> Result {
        let kept = OutlierFilter.keptCards(set)
        var train: [Int] = []  // item indices, in time order
        train.reserveCapacity(set.items.count)
        var passed = 0
        for k in 0..<set.items.count where kept[Int(set.itemCard[k])] {
            train.append(k)
            if set.rating[Int(set.items[k])] > 1 { passed += 1 }
        }
        let defaults = FSRSParameters.defaultWeights
        guard train.count >= 8 else { return Result(parameters: defaults, outcome: .defaults, items: train.count) }
        let averageRecall = Double(passed) / Double(train.count)
        var outcomes: [InitialStability.Outcome] = []
        for c in 0..<(set.cardStart.count - 1) where kept[c] {
            guard let p = OutlierFilter.firstLongTerm(set, card: c) else { continue }
            outcomes.append(.init(firstRating: Int(set.rating[set.cardStart[c]]), delta: Int(set.delta[p]), recalled: set.rating[p] > 1))
        }
        guard let (initial, counts) = InitialStability.fit(outcomes, averageRecall: averageRecall) else {
            return Result(parameters: defaults, outcome: .defaults, items: train.count)
        }
        let start = initial + defaults[4...]
        if train.count == outcomes.count || train.count < 64 {
            return Result(parameters: start, outcome: .initialStabilityOnly, items: train.count)
        }

        // Recency weights over the training items in time order, then drop over-long histories.
        var weights = [Double](repeating: 0, count: set.reviewCount)
        let span = max(Double(train.count - 1), 1)
        var total = 0
        var cardLength = [Int](repeating: 0, count: set.cardStart.count - 1)
        var cardItems = [Int](repeating: 0, count: set.cardStart.count - 1)
        for (idx, k) in train.enumerated() {
            let position = set.indexInCard(item: k)
            guard position + 1 <= maxSequenceLength else { continue }
            let x = Double(idx) / span
            weights[Int(set.items[k])] = 0.25 + 0.75 * x * x * x
            let c = Int(set.itemCard[k])
            cardLength[c] = max(cardLength[c], position + 1)
            cardItems[c] += 1
            total += 1
        }
        let batches = makeBatches(cardLength: cardLength, cardItems: cardItems)
        var w = start
        var rates = CosineAnnealing(tMax: Double((total / batchSize + 1) * epochs), initial: learningRate)
        var adam = Adam()
        var rng = SplitMix64(seed: seed)
        var order = Array(batches.indices)
        var best = w
        var bestLoss = Double.infinity
        for _ in 0..<epochs {
            for i in order.indices { order[i] = i }
            order.shuffle(using: &rng)
            for b in order {
                let batch = batches[b]
                var (_, gradient) = loss(set, batch, weights: weights, parameters: w, wantGradient: true)
                let scale = gamma * Double(batch.predictions) / Double(total)
                for i in 0..<21 {
                    let s = FSRSOptimizer.spread[i]
                    gradient[i] += 2 * (w[i] - start[i]) / (s * s) * scale
                }
                adam.step(&w, gradient: gradient, rate: rates.step())
                ParameterClipper.clip(&w, relearningSteps: relearningSteps)
            }
            var epochLoss = 0.0
            for batch in batches {
                epochLoss += loss(set, batch, weights: weights, parameters: w, wantGradient: false).loss
                epochLoss += penalty(w, start) * gamma * Double(batch.predictions) / Double(total)
            }
            epochLoss /= Double(total)
            if epochLoss < bestLoss {
                bestLoss = epochLoss
                best = w
            }
        }
        // As fsrs-rs: initial stabilities of ratings never seen first are refilled from the others.
        var fitted: [Int: Double] = [:]
        for r in 1...4 { fitted[r] = best[r - 1] }
        let smoothed = InitialStability.smoothAndFill(fitted, counts: counts) ?? Array(best[0..<4])
        return Result(parameters: smoothed + best[4...], outcome: .trained, items: train.count)
    }

    struct Batch {
        var cards: [Int32]
        /// Per card: reviews up to its last predicted one.
        var lengths: [Int32]
        var predictions: Int
    }

    /// Whole cards, shortest first (ties by card order), packed into batches of at most
    /// `batchSize` predicted reviews (a longer card gets a batch of its own).
    func makeBatches(cardLength: [Int], cardItems: [Int]) -> [Batch] {
        let cards = cardLength.indices.filter { cardItems[$0] > 0 }
        let sorted = cards.enumerated().sorted { a, b in
            cardLength[a.element] != cardLength[b.element] ? cardLength[a.element] < cardLength[b.element] : a.offset < b.offset
        }.map(\.element)
        var batches: [Batch] = []
        var current = Batch(cards: [], lengths: [], predictions: 0)
        for c in sorted {
            if !current.cards.isEmpty && current.predictions + cardItems[c] > batchSize {
                batches.append(current)
                current = Batch(cards: [], lengths: [], predictions: 0)
            }
            current.cards.append(Int32(c))
            current.lengths.append(Int32(cardLength[c]))
            current.predictions += cardItems[c]
        }
        if !current.cards.isEmpty { batches.append(current) }
        return batches
    }

    func penalty(_ w: [Double], _ start: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<21 {
            let d = w[i] - start[i], s = FSRSOptimizer.spread[i]
            sum += d * d / (s * s)
        }
        return sum
    }

    /// Summed weighted log loss of a batch's cards (and its gradient), computed on two threads
    /// when the batch is large; the halves are added in a fixed order, so results do not vary.
    func loss(_ set: TrainingSet, _ batch: Batch, weights: [Double], parameters: [Double], wantGradient: Bool) -> (loss: Double, gradient: [Double]) {
        let model = MemoryModel(parameters)
        let cards = batch.cards, lengths = batch.lengths
        let parts = cards.count >= 64 ? 2 : 1
        var losses = [Double](repeating: 0, count: parts)
        var grads = [Double](repeating: 0, count: 21 * parts)
        weights.withUnsafeBufferPointer { wp in
            losses.withUnsafeMutableBufferPointer { lp in
                grads.withUnsafeMutableBufferPointer { gp in
                    nonisolated(unsafe) let lossOut = lp.baseAddress!
                    nonisolated(unsafe) let gradOut = gp.baseAddress!
                    nonisolated(unsafe) let weightIn = wp.baseAddress!
                    let work: @Sendable (Int) -> Void = { part in
                        var steps: [MemoryModel.Step] = []
                        let lo = cards.count * part / parts, hi = cards.count * (part + 1) / parts
                        var sum = 0.0
                        for j in lo..<hi {
                            let c = Int(cards[j])
                            sum += model.cardLoss(
                                set, from: set.cardStart[c], to: set.cardStart[c] + Int(lengths[j]), weights: weightIn,
                                grad: wantGradient ? gradOut + 21 * part : nil, steps: &steps)
                        }
                        lossOut[part] = sum
                    }
                    if parts == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: parts, execute: work) }
                }
            }
        }
        var gradient = [Double](repeating: 0, count: 21)
        for part in 0..<parts { for i in 0..<21 { gradient[i] += grads[21 * part + i] } }
        return (losses.reduce(0, +), gradient)
    }
}
