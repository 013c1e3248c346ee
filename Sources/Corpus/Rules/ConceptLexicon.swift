/// The concepts of the deck's domain, with their names. The duplicate rules find a question's subjects
/// here; a question that names none of them is judged by wording alone.
///
/// Extend it when a new deck brings new topics: one line per concept. Longer names win over shorter
/// ones ("mini-batch gradient descent" before "gradient descent").
public enum ConceptLexicon {
    public static let concepts: [Concept] = [
        // Problems, and goals a technique serves.
        Concept("overfitting", .problem, names: ["overfitting", "overfit", "over fitting"]),
        Concept("vanishing-gradient", .problem, names: ["vanishing"]),
        Concept("exploding-gradient", .problem, names: ["exploding"]),
        Concept("generalization", .problem, names: ["generalization", "generalisation"]),
        Concept("dying-relu", .problem, home: "relu", names: ["dying relu"]),
        // Broad fields, usually context.
        Concept("deep-learning", .broad, names: ["deep learning"]),
        Concept("machine-learning", .broad, names: ["machine learning"]),
        Concept("neural-network", .broad, names: ["neural network", "artificial neural network", "deep neural network"]),
        // Training and optimisation.
        Concept("gradient-descent", names: ["gradient descent"]),
        Concept("sgd", names: ["stochastic gradient descent"]),
        Concept("minibatch-gd", names: ["mini batch gradient descent", "mini batch", "minibatch"]),
        Concept("batch-gd", names: ["batch gradient descent"]),
        Concept("optimizer", names: ["optimizer", "optimization algorithm"]),
        Concept("adam", names: ["adaptive moment estimation"]),
        Concept("rmsprop", names: ["rmsprop"]),
        Concept("backpropagation", names: ["backpropagation", "back propagation", "backward pass"]),
        Concept("forward-propagation", names: ["forward propagation", "forward pass"]),
        Concept("loss-function", names: ["loss function", "loss"]),
        Concept("hyperparameter", names: ["hyperparameter"]),
        Concept("epoch", names: ["epoch"]),
        Concept("batch-size", names: ["batch size"]),
        Concept("iteration", names: ["iteration"]),
        Concept("xavier-initialization", names: ["xavier"]),
        Concept("weights-and-biases", names: ["weights and biases", "weight and bias"]),
        Concept("cross-validation", names: ["cross validation"]),
        Concept("bias-variance", names: ["bias variance"]),
        Concept("early-stopping", names: ["early stopping"]),
        Concept("transfer-learning", names: ["transfer learning"]),
        Concept("data-normalization", names: ["data normalization", "data normalisation"]),
        Concept("batch-normalization", names: ["batch normalization", "batch normalisation", "batchnorm"]),
        // Regularisation.
        Concept("regularization", names: ["regularization", "regularisation"]),
        Concept("l1-regularization", home: "regularization", names: ["l1"]),
        Concept("dropout", names: ["dropout"]),
        Concept("data-augmentation", names: ["data augmentation", "augmentation"]),
        // Activations.
        Concept("activation-function", names: ["activation function", "activation"]),
        Concept("relu", home: "activation-function", names: ["rectified linear unit"]),
        Concept("leaky-relu", home: "activation-function", names: ["leakyrelu", "leaky relu", "leaky rectified linear unit"]),
        Concept("swish", home: "activation-function", names: ["swish"]),
        // Architectures and layers.
        Concept("perceptron", names: ["perceptron", "perception"]),
        Concept("single-layer-perceptron", names: ["single layer perceptron"]),
        Concept("multi-layer-perceptron", names: ["multi layer perceptron", "multilayer perceptron"]),
        Concept("feedforward-network", names: ["feedforward neural network", "feedforward", "feed forward"]),
        Concept("cnn", names: ["convolutional neural network", "convolutional network"]),
        Concept("convolution", home: "cnn", names: ["convolution operation", "convolution"]),
        Concept("convolutional-layer", home: "cnn", names: ["convolutional layer"]),
        Concept("fully-connected-layer", names: ["fully connected layer", "dense layer"]),
        Concept("conv1d", home: "cnn", names: ["conv1d"]),
        Concept("conv2d", home: "cnn", names: ["conv2d"]),
        Concept("conv3d", home: "cnn", names: ["conv3d"]),
        Concept("pooling", home: "cnn", names: ["pooling"]),
        Concept("padding", home: "cnn", names: ["padding"]),
        Concept("flatten-layer", home: "cnn", names: ["flatten"]),
        Concept("receptive-field", home: "cnn", names: ["receptive field"]),
        Concept("resnet", names: ["residual network", "residual block", "residual connection", "skip connection"]),
        Concept("rnn", names: ["recurrent neural network", "recurrent network"]),
        Concept("lstm", home: "rnn", names: ["long short term memory"]),
        Concept("gru", home: "rnn", names: ["gated recurrent unit"]),
        Concept("forget-gate", home: "lstm", names: ["forget gate"]),
        Concept("transformer", names: ["transformer"]),
        Concept("attention", home: "transformer", names: ["attention"]),
        Concept("embedding", names: ["embedding"]),
        Concept("autoencoder", names: ["autoencoder"]),
        Concept("gan", names: ["generative adversarial network"]),
        Concept("shallow-network", names: ["shallow"]),
        Concept("network-depth", names: ["depth"]),
        Concept("universal-approximation", names: ["universal approximation"]),
        // Learning paradigms and the wider field.
        Concept("supervised-learning", names: ["supervised"]),
        Concept("unsupervised-learning", names: ["unsupervised"]),
        Concept("reinforcement-learning", names: ["reinforcement"]),
        Concept("fourier-transform", names: ["fourier"]),
        Concept("framework", names: ["framework", "tool"]),
        Concept("imbalanced-data", names: ["imbalanced", "class imbalance"]),
        Concept("missing-data", names: ["missing data"]),
        Concept("deployment", names: ["deploy*"]),
        Concept("model-compression", names: ["compression"]),
        Concept("debugging", names: ["debug*"]),
        Concept("evaluation", names: ["evaluat*", "evaluation"]),
    ]

    static let byID: [String: Concept] = Dictionary(uniqueKeysWithValues: concepts.map { ($0.id, $0) })

    /// Every name as (concept index, words), longest first, so the most specific name wins.
    static let names: [(concept: Int, words: [String])] = concepts.enumerated()
        .flatMap { (i, c) in c.names.map { (concept: i, words: $0) } }
        .sorted { $0.words.count > $1.words.count }

    public static func concept(_ id: String) -> Concept? { byID[id] }

    /// Lower-cased words, abbreviations expanded (CNN, LSTM, ReLU...) and lightly stemmed, stop words kept.
    public static func words(_ text: String) -> [String] {
        if ASCIIText.isASCII(text) { return words(lowerASCII: ASCIIText.lowered(text)) }
        return characterWords(text)
    }

    /// `words` by Characters: the reference for every text, and the path for non-ASCII text.
    static func characterWords(_ text: String) -> [String] {
        var raw: [String] = []
        var current = ""
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "*" { current.append(ch) } else if !current.isEmpty { raw.append(current); current = "" }
        }
        if !current.isEmpty { raw.append(current) }
        return expanded(raw)
    }

    /// `words` of lower-cased ASCII bytes: for ASCII, letters and digits are a–z and 0–9, as in the Character loop.
    static func words(lowerASCII bytes: [UInt8]) -> [String] {
        var raw: [String] = []
        bytes.withUnsafeBufferPointer { b in
            var start = -1
            for i in 0...b.count {
                let word = i < b.count && (ASCIIText.isWordByte(b[i]) || b[i] == 0x2A)
                if word, start < 0 { start = i }
                if !word, start >= 0 {
                    raw.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
                    start = -1
                }
            }
        }
        return expanded(raw)
    }

    static func expanded(_ raw: [String]) -> [String] {
        var out: [String] = []
        for w in raw {
            let star = w.hasSuffix("*")
            let bare = star ? String(w.dropLast()) : w
            let expanded = QuestionTerms.expansions[bare].map { $0.split(separator: " ").map(String.init) } ?? [bare]
            for e in expanded { out.append(star ? e + "*" : QuestionTerms.stem(e)) }
        }
        return out
    }

    /// For each exact first word, the positions in `names` of the names that start with it; the names whose
    /// first word is a prefix (`deploy*`) or that have no words are tried for every text.
    static let namesByFirstWord: [String: [Int]] = {
        var index: [String: [Int]] = [:]
        for (k, n) in names.enumerated() where !(n.words.first?.hasSuffix("*") ?? true) { index[n.words[0], default: []].append(k) }
        return index
    }()
    static let namesAlwaysTried: [Int] = names.indices.filter { names[$0].words.first?.hasSuffix("*") ?? true }

    /// The concepts named in `words`, in order of first mention, each name used once (longest first).
    /// Only the names whose first word occurs in `words` can match, so only those are tried, in the same
    /// order as `findByScanning` tries all of them: the answer is the same.
    static func find(in words: [String]) -> [(id: String, position: Int)] {
        var tried = Set(namesAlwaysTried)
        for w in words { if let ks = namesByFirstWord[w] { tried.formUnion(ks) } }
        return find(in: words, names: tried.sorted())
    }

    /// `find` trying every name: the reference.
    static func findByScanning(in words: [String]) -> [(id: String, position: Int)] {
        find(in: words, names: Array(names.indices))
    }

    static func find(in words: [String], names order: [Int]) -> [(id: String, position: Int)] {
        var taken = [Bool](repeating: false, count: words.count)
        var found: [(id: String, position: Int)] = []
        for k in order {
            let (conceptIndex, name) = names[k]
            guard name.count <= words.count else { continue }
            var start = 0
            while start + name.count <= words.count {
                let span = start..<(start + name.count)
                if !span.contains(where: { taken[$0] }), zip(words[span], name).allSatisfy(matches) {
                    for k in span { taken[k] = true }
                    found.append((concepts[conceptIndex].id, start))
                    start += name.count
                } else {
                    start += 1
                }
            }
        }
        var seen = Set<String>()
        return found.sorted { $0.position < $1.position }.filter { seen.insert($0.id).inserted }
    }

    static func matches(_ word: String, _ pattern: String) -> Bool {
        pattern.hasSuffix("*") ? word.hasPrefix(pattern.dropLast()) : word == pattern
    }
}
