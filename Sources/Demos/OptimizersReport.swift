import JSONKit

/// Everything `demo optimizers` computed; `json` is the `--json` output.
public struct OptimizersReport: Sendable {
    public struct Run: Sendable {
        public let name: String
        public let lr: Double
        /// The position after every step, starting with the start.
        public let path: [[Double]]
        /// f at each point of `path`.
        public let losses: [Double]
        /// The first step with f < tolerance; nil if not within `OptimizersDemo.maxSteps`.
        public let stepsToTolerance: Int?
    }

    public let seed: Int
    public let start: [Double]
    public let runs: [Run]

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "optimizers"
        o["seed"] = .number(Double(seed))
        o["start"] = .numbers(start)
        o["loss"] = .string(OptimizersDemo.formula)
        o["tolerance"] = .number(OptimizersDemo.tolerance)
        o["max_steps"] = .number(Double(OptimizersDemo.maxSteps))
        o["optimizers"] = .array(
            runs.map {
                ["name": .string($0.name), "lr": .number($0.lr), "path": .matrix($0.path), "losses": .numbers($0.losses),
                 "steps_to_tolerance": $0.stepsToTolerance.map { .number(Double($0)) } ?? .null]
            })
        o["settings"] = "momentum 0.9 (PyTorch's form v = 0.9v + g); RMSProp alpha 0.99, eps 1e-8; Adam betas 0.9, 0.999, eps 1e-8"
        return .object(o)
    }
}
