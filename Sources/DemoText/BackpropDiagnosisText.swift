import Demos
import JSONKit

/// The words for a `BackpropDiagnosis`: what happened, then which options to try.
public enum BackpropDiagnosisText {
    public static func sentence(_ d: BackpropDiagnosis) -> String {
        func loss(_ x: Double) -> String { JSON.format(Formatting.round(x, 4)) }
        var text: String
        switch d.outcome {
        case .diverged:
            text = "Diverged: the loss rose from \(loss(d.initialLoss)) to \(loss(d.finalLoss)). "
                + "The learning rate is too large: the steps overshoot, and the sigmoid output ends pinned near 0 or 1, where its gradient vanishes."
        case .stuck:
            text = "Stuck: the loss stopped falling at \(loss(d.finalLoss)) with \(d.correct) of 4 right. "
                + "This seed led gradient descent into a local minimum or a flat region, where the gradient is almost zero but the answer is wrong."
        case .tooShort:
            text = "Not there yet: the loss is still falling (\(loss(d.finalLoss)) now), so training was too short for this seed."
        }
        if d.deadReLUUnits > 0 {
            text += " \(d.deadReLUUnits) of \(d.hiddenUnits) ReLU units are dead (negative input for all four rows, so zero gradient): they can never recover."
        }
        let tries = d.remedies.map(option)
        guard let last = tries.last else { return text }
        if tries.count == 1 { return text + " Try " + last + "." }
        return text + " Try " + tries.dropLast().joined(separator: ", ") + " or " + last + "."
    }

    /// A remedy as the option to change.
    static func option(_ remedy: BackpropDiagnosis.Remedy) -> String {
        switch remedy {
        case .smallerLearningRate: return "a smaller --lr, e.g. --lr 0.5"
        case .anotherSeed: return "another --seed"
        case .moreHiddenUnits: return "more --hidden units (e.g. --hidden 8)"
        case .differentLearningRate: return "a different --lr"
        case .moreSteps: return "more --steps"
        case .tanhActivation: return "--activation tanh"
        }
    }
}
