/// The demos `dlquiz demo` knows, with one line each, in the order it lists them.
public enum DemoCatalog {
    public static let entries: [(name: String, summary: String)] = [
        ("backprop", "Train XOR with a 2-H-1 MLP: every forward value, chain-rule factor and gradient, checked by finite differences."),
        ("activations", "Sigmoid, tanh, ReLU, leaky ReLU and their derivatives; how gradients vanish with depth."),
        ("dropout", "Inverted dropout: sampled masks, eval mode, the mean over many samples, and the classic convention."),
        ("overfitting", "Dropout against overfitting: a small net fits 10 noisy points with and without dropout; train vs test error."),
    ]

    public static var names: [String] { entries.map(\.name) }
}
