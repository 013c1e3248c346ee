/// Every exercise template, in the order `dlquiz exercise` lists them.
public enum ExerciseCatalog {
    /// Exercise card ids are `exercise-<name>`.
    public static let cardPrefix = "exercise-"

    public static let templates: [ExerciseTemplate] = [
        .convOutputSize, .poolOutputSize, .convParams, .linearParams, .lstmParams, .gruParams,
        .attentionParams, .receptiveField, .sigmoidDerivative, .softmax, .crossEntropy, .adamStep,
        .tanhDerivative, .binaryCrossEntropy, .mseLoss, .batchnormForward, .dropoutScale, .sgdMomentum,
        .weightDecayStep, .backpropChain, .attentionWeights, .vanishingSigmoid, .cosineLR, .flattenSize,
    ]

    public static var names: [String] { templates.map(\.name) }

    public static func template(named name: String) -> ExerciseTemplate? {
        templates.first { $0.name == name }
    }

    /// The template behind an exercise card id, e.g. `exercise-softmax`.
    public static func template(forCard id: String) -> ExerciseTemplate? {
        guard id.hasPrefix(cardPrefix) else { return nil }
        return template(named: String(id.dropFirst(cardPrefix.count)))
    }
}
