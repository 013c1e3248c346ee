/// Why `demo backprop` did not converge, and what to change, as data; the text layer words it.
public struct BackpropDiagnosis: Sendable, Equatable {
    public enum Outcome: String, Sendable, Equatable {
        /// The loss ended above where it started: the learning rate overshoots.
        case diverged
        /// The loss stopped falling with some inputs wrong: a local minimum or a flat region.
        case stuck
        /// The loss is still falling: training was too short.
        case tooShort = "too_short"
    }

    /// A setting worth changing, in the order they are suggested.
    public enum Remedy: String, Sendable, Equatable {
        case smallerLearningRate = "smaller_learning_rate"
        case anotherSeed = "another_seed"
        case moreHiddenUnits = "more_hidden_units"
        case differentLearningRate = "different_learning_rate"
        case moreSteps = "more_steps"
        case tanhActivation = "tanh_activation"
    }

    public let outcome: Outcome
    public let initialLoss: Double
    public let finalLoss: Double
    /// How many of the four inputs the final network gets right.
    public let correct: Int
    /// ReLU units that output 0 for all four inputs (0 for other activations).
    public let deadReLUUnits: Int
    public let hiddenUnits: Int
    public let remedies: [Remedy]
}
