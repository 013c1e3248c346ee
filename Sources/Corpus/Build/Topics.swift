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
        var found = Set<String>()
        if ASCIIText.isASCII(question) {
            let q = [0x20] + ASCIIText.lowered(question) + [0x20]
            for rule in byteRules where rule.patterns.contains(where: { ASCIIText.contains(q, $0) }) { found.insert(rule.tag) }
        } else {
            let q = " " + question.lowercased() + " "
            for rule in rules where rule.patterns.contains(where: { q.contains($0) }) { found.insert(rule.tag) }
        }
        // "fundamentals" only when nothing more specific applies.
        if found.count > 1 { found.remove("fundamentals") }
        if found.isEmpty { found.insert("fundamentals") }
        return all.filter(found.contains)
    }

    /// A guess: definitions are basic, comparisons and mechanisms intermediate, specialised topics advanced.
    public static func level(question: String) -> Level {
        if ASCIIText.isASCII(question) {
            // The same tests on bytes: for ASCII text they agree with the String ones below.
            let q = ASCIIText.lowered(question)
            if byteAdvanced.contains(where: { ASCIIText.contains(q, $0) }) { return .advanced }
            if byteIntermediate.contains(where: { ASCIIText.contains(q, $0) }) { return .intermediate }
            if byteBasicPrefixes.contains(where: { ASCIIText.hasPrefix(q, $0) }) || ASCIIText.characterCount(q) < 40 { return .basic }
            return .intermediate
        }
        let q = question.lowercased()
        if advanced.contains(where: q.contains) { return .advanced }
        if intermediate.contains(where: q.contains) { return .intermediate }
        if basicPrefixes.contains(where: q.hasPrefix) || q.count < 40 { return .basic }
        return .intermediate
    }

    static let advanced = ["attention", "transformer", "universal approximation", "compression", "deploy", "xavier",
                           "rmsprop", "bias-variance", "imbalanced", "lstm", "forget gate", "swish", "fourier", "debugging"]
    static let intermediate = ["compare", "differ", "distinguish", "contrast", "how do", "how does", "how can", "why",
                               "explain how", "strategies", "measures", "advantages", "impact", "steps"]
    static let basicPrefixes = ["what is", "what are", "what does"]
    static let byteAdvanced = advanced.map { Array($0.utf8) }
    static let byteIntermediate = intermediate.map { Array($0.utf8) }
    static let byteBasicPrefixes = basicPrefixes.map { Array($0.utf8) }
    static let byteRules = rules.map { (tag: $0.tag, patterns: $0.patterns.map { Array($0.utf8) }) }
}
