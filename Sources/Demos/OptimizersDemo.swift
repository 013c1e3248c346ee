import JSONKit
import TinyTensor

/// `demo optimizers`: SGD, momentum, RMSProp and Adam on a long narrow valley,
/// f(x, y) = (x² + 25y²)/2 (curvature 1 along x, 25 along y), from one start drawn from the
/// seed; each runs until f < `tolerance` or `maxSteps`. SGD's rate is near the largest stable
/// one (2/25): that is what makes it slow along x.
public struct OptimizersDemo: Sendable {
    public static let formula = "f(x, y) = (x^2 + 25 y^2) / 2"
    public static let tolerance = 1e-3
    public static let maxSteps = 200
    public static let settings: [(name: String, lr: Double)] = [("sgd", 0.07), ("momentum", 0.02), ("rmsprop", 0.1), ("adam", 0.5)]

    public let seed: Int

    public init(seed: Int = 1) { self.seed = seed }

    public static func loss(_ p: [Double]) -> Double { (p[0] * p[0] + 25 * p[1] * p[1]) / 2 }

    public func run() -> OptimizersReport {
        var rng = SplitMix64(seed: seed)
        let start = [-rng.uniform(3, 5), rng.uniform(0.5, 1.5)]
        let runs = Self.settings.map { name, lr in
            let p = Tensor(start, shape: [2], requiresGrad: true)
            let optimizer: any Optimizer
            switch name {
            case "sgd": optimizer = SGD(parameters: [p], learningRate: lr)
            case "momentum": optimizer = SGD(parameters: [p], learningRate: lr, momentum: 0.9)
            case "rmsprop": optimizer = RMSProp(parameters: [p], learningRate: lr)
            default: optimizer = Adam(parameters: [p], learningRate: lr)
            }
            var path = [start], losses = [Self.loss(start)]
            var reached: Int? = losses[0] < Self.tolerance ? 0 : nil
            for step in 1...Self.maxSteps where reached == nil {
                optimizer.zeroGrad()
                let f = (p * p * Tensor([0.5, 12.5], shape: [2])).sum()
                f.backward()
                optimizer.step()
                path.append(p.data)
                losses.append(Self.loss(p.data))
                if losses[step] < Self.tolerance { reached = step }
            }
            return OptimizersReport.Run(name: name, lr: lr, path: path, losses: losses, stepsToTolerance: reached)
        }
        return OptimizersReport(seed: seed, start: start, runs: runs)
    }
}
