/// Topic tags and a level guess from a question's wording, for cards the curation does not tag.
public enum Topics {
    public static let all = [
        "fundamentals", "activations", "regularization", "optimization", "training", "cnn", "rnn",
        "transformers", "generative", "deployment",
    ]

    static let rules: [(tag: String, patterns: [String])] = [
        ("activations", ["activation", "relu", "sigmoid", "tanh", "swish", "softmax"]),
        ("regularization", ["regulari", "dropout", "overfit", "early stopping", "augmentation", "l1 ", "l2 ", "weight decay"]),
        ("optimization", ["optimi", "gradient descent", "sgd", "adam", "rmsprop", "momentum", "learning rate",
                          "backprop", "vanishing", "exploding", "gradient", "loss function"]),
        ("training", ["batch normalization", "batch size", "epoch", "iteration", "hyperparameter", "initiali", "xavier",
                      "training", "imbalanced", "missing data", "debug", "evaluat", "transfer learning",
                      "normalis", "normaliz", "cross-validation", "bias-variance", "early stopping"]),
        ("cnn", ["convolution", "cnn", "pooling", "padding", "receptive field", "flatten", "conv1d", "resnet",
                 "residual", "image data"]),
        ("rnn", ["recurrent", "rnn", "lstm", "gru", "forget gate", "long short-term"]),
        ("transformers", ["transformer", "attention", "embedding"]),
        ("generative", ["generative", "gan", "autoencoder"]),
        ("deployment", ["deploy", "compression", "quantiz", "pruning", "framework", "tools"]),
        ("fundamentals", ["deep learning", "perceptron", "neural network", "weights and biases", "forward propagation",
                          "depth", "supervised", "universal approximation", "fourier", "applications", "bias-variance"]),
    ]

    /// Tags whose patterns occur in the question, in the order of `all`; "fundamentals" when none do.
    public static func tags(question: String) -> [String] {
        let q = " " + question.lowercased() + " "
        var found = Set<String>()
        for rule in rules where rule.patterns.contains(where: { q.contains($0) }) { found.insert(rule.tag) }
        // "fundamentals" only when nothing more specific applies.
        if found.count > 1 { found.remove("fundamentals") }
        if found.isEmpty { found.insert("fundamentals") }
        return all.filter(found.contains)
    }

    /// A guess: definitions are basic, comparisons and mechanisms intermediate, specialised topics advanced.
    public static func level(question: String) -> Level {
        let q = question.lowercased()
        let advanced = ["attention", "transformer", "universal approximation", "compression", "deploy", "xavier",
                        "rmsprop", "bias-variance", "imbalanced", "lstm", "forget gate", "swish", "fourier", "debugging"]
        if advanced.contains(where: q.contains) { return .advanced }
        let intermediate = ["compare", "differ", "distinguish", "contrast", "how do", "how does", "how can", "why",
                            "explain how", "strategies", "measures", "advantages", "impact", "steps"]
        if intermediate.contains(where: q.contains) { return .intermediate }
        if q.hasPrefix("what is") || q.hasPrefix("what are") || q.hasPrefix("what does") || q.count < 40 { return .basic }
        return .intermediate
    }
}
