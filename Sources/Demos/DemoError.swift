/// A demo option outside what the demo accepts, as data: which setting, and the value given.
/// The text layer (`DemoText`) words it, with the option's name on the command line.
public enum DemoError: Error, Equatable, Sendable {
    /// Hidden units outside 1...`BackpropDemo.maxHidden`.
    case hiddenUnits(Int)
    /// An activation the backprop demo does not train with (see `BackpropDemo.activations`).
    case activation(String)
    /// A learning rate that is not finite, or not in (0, 100].
    case learningRate(Double)
    /// Training steps outside 1...`BackpropDemo.maxSteps`.
    case steps(Int)
    /// A drop probability outside [0, 1), or outside (0, 1) when `zeroAllowed` is false.
    case dropProbability(Double, zeroAllowed: Bool)
}
