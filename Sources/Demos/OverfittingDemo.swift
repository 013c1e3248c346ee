import TinyTensor

/// `demo overfitting`: dropout's effect on a small task that overfits. Ten noisy samples of
/// sin x on [−3, 3]; a 1-24-24-1 tanh network trained with Adam, once without dropout and
/// once with dropout after each hidden layer, from the same initial weights; the error on the
/// training points against the error on the true curve. Repeated for two initialisations
/// (two, not more, to stay within the 0.2 s a demo may take).
public struct OverfittingDemo: Sendable {
    public static let trainCount = 10
    public static let testCount = 100
    public static let noise = 0.4
    /// The variance of the noise: the error a perfect fit of sin x still makes on the training points.
    public static let noiseVariance = noise * noise
    public static let width = 24
    public static let steps = 400
    public static let learningRate = 0.03
    public static let runs = 2
    public static let checkpointEvery = 50

    public let p: Double
    public let seed: Int

    public init(p: Double = 0.5, seed: Int = 1) throws(DemoError) {
        guard p.isFinite, p > 0, p < 1 else {
            throw .dropProbability(p, zeroAllowed: false)
        }
        self.p = p
        self.seed = seed
    }

    public func run() -> OverfittingReport {
        var rng = SplitMix64(seed: seed)
        let trainX = (0..<Self.trainCount).map { _ in rng.uniform(-3, 3) }
        let trainY = trainX.map { Elementary.sin($0) + Self.noise * rng.normal() }
        let testX = (0..<Self.testCount).map { -3 + 6 * Double($0) / Double(Self.testCount - 1) }
        let testY = testX.map { Elementary.sin($0) }
        let initSeeds = (0..<Self.runs).map { _ in rng.next() }
        var results: [OverfittingReport.Run] = []
        var fits: [[Double]] = []
        for initSeed in initSeeds {
            for dropout in [0.0, p] {
                let (run, fit) = train(
                    dropout: dropout, initSeed: initSeed, trainX: trainX, trainY: trainY, testX: testX, testY: testY)
                results.append(run)
                if fits.count < 2 { fits.append(fit) }
            }
        }
        return OverfittingReport(
            p: p, seed: seed, trainX: trainX, trainY: trainY, testX: testX, testY: testY,
            runs: results, fitWithout: fits[0], fitWith: fits[1])
    }

    /// One training run; returns its errors and its predictions on the test grid.
    func train(dropout p: Double, initSeed: UInt64, trainX: [Double], trainY: [Double], testX: [Double], testY: [Double])
        -> (OverfittingReport.Run, [Double])
    {
        var rng = SplitMix64(seed: initSeed)
        let layers = [
            Linear(1, Self.width, initializer: .xavier, rng: &rng),
            Linear(Self.width, Self.width, initializer: .xavier, rng: &rng),
            Linear(Self.width, 1, initializer: .xavier, rng: &rng),
        ]
        let drops = [Dropout(p: p, rng: rng.split()), Dropout(p: p, rng: rng.split())]
        func net(_ x: Tensor) -> Tensor {
            let h1 = drops[0](layers[0](x).tanh())
            let h2 = drops[1](layers[1](h1).tanh())
            return layers[2](h2)
        }
        let x = Tensor(trainX, shape: [trainX.count, 1]), y = Tensor(trainY, shape: [trainY.count, 1])
        let xTest = Tensor(testX, shape: [testX.count, 1]), yTest = Tensor(testY, shape: [testY.count, 1])
        /// Both errors with dropout off (evaluation mode), as they would be measured after training.
        func errors() -> (train: Double, test: Double) {
            for d in drops { d.isTraining = false }
            defer { for d in drops { d.isTraining = true } }
            return GradMode.withoutGrad {
                (Loss.meanSquaredError(net(x), y).item, Loss.meanSquaredError(net(xTest), yTest).item)
            }
        }
        let adam = Adam(parameters: layers.flatMap(\.parameters), learningRate: Self.learningRate)
        var curve: [OverfittingReport.Checkpoint] = []
        for step in 0..<Self.steps {
            if step % Self.checkpointEvery == 0 {
                let e = errors()
                curve.append(.init(step: step, trainMSE: e.train, testMSE: e.test))
            }
            adam.zeroGrad()
            Loss.meanSquaredError(net(x), y).backward()
            adam.step()
        }
        let final = errors()
        curve.append(.init(step: Self.steps, trainMSE: final.train, testMSE: final.test))
        for d in drops { d.isTraining = false }
        let fit = GradMode.withoutGrad { net(xTest).data }
        return (.init(initSeed: initSeed, dropout: p, trainMSE: final.train, testMSE: final.test, curve: curve), fit)
    }
}
