import JSONKit

/// Everything `demo early-stopping` computed; `json` is the `--json` output.
public struct EarlyStoppingReport: Sendable {
    public let seed: Int
    /// Mean squared error at steps 0…steps (before the update of that step).
    public let trainLosses: [Double], validationLosses: [Double]
    /// The step with the lowest validation loss seen when training stopped.
    public let bestStep: Int
    /// The step at which `patience` steps had passed without a new best; nil if never.
    public let stoppedStep: Int?
    /// The weights at `bestStep` (what early stopping keeps) and after all steps.
    public let restoredWeights: [Double], finalWeights: [Double]
    public let trueWeights: [Double]

    public var json: JSON {
        var o = JSONObject()
        o["demo"] = "early-stopping"
        o["seed"] = .number(Double(seed))
        o["config"] = [
            "features": .number(Double(EarlyStoppingDemo.features)), "train_size": .number(Double(EarlyStoppingDemo.trainSize)),
            "validation_size": .number(Double(EarlyStoppingDemo.validationSize)), "noise": .number(EarlyStoppingDemo.noise),
            "lr": .number(EarlyStoppingDemo.learningRate), "steps": .number(Double(EarlyStoppingDemo.steps)),
            "model": "linear, no bias, from zero weights; full-batch gradient descent on mean squared error",
        ]
        o["patience"] = .number(Double(EarlyStoppingDemo.patience))
        o["train_losses"] = .numbers(trainLosses)
        o["validation_losses"] = .numbers(validationLosses)
        o["best_step"] = .number(Double(bestStep))
        o["stopped_step"] = stoppedStep.map { .number(Double($0)) } ?? .null
        o["restored_weights"] = .numbers(restoredWeights)
        o["final_weights"] = .numbers(finalWeights)
        o["true_weights"] = .numbers(trueWeights)
        return .object(o)
    }
}
