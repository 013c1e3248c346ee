/// The demos `dlquiz demo` knows, with one line each, in the order it lists them.
public enum DemoCatalog {
    public static let entries: [(name: String, summary: String)] = [
        ("backprop", "Train XOR with a 2-H-1 MLP: every forward value, chain-rule factor and gradient, checked by finite differences."),
        ("activations", "Sigmoid, tanh, ReLU, leaky ReLU and their derivatives; how gradients vanish with depth."),
        ("dropout", "Inverted dropout: sampled masks, eval mode, the mean over many samples, and the classic convention."),
        ("overfitting", "Dropout against overfitting: a small net fits 10 noisy points with and without dropout; train vs test error."),
        ("conv", "Convolution on a 6x6 edge: one window in full, padding, stride, pooling, receptive field."),
        ("softmax", "Logits to probabilities to cross-entropy; the gradient p - y; temperature; the max shift."),
        ("attention", "Scaled dot-product attention on 4 tokens: scores, weights, causal mask, why sqrt(d)."),
        ("rnn", "Vanishing gradients through time: a tanh RNN against an LSTM, and the forget gate."),
        ("optimizers", "SGD, momentum, RMSProp and Adam in a long narrow valley: paths and steps."),
        ("perceptron", "The perceptron rule step by step: it learns AND, and cycles for ever on XOR."),
    ]

    public static var names: [String] { entries.map(\.name) }
}
