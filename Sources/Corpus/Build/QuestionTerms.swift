/// The content terms of a question: lower-cased, abbreviations expanded, lightly stemmed, with
/// question words and filler removed. Two wordings of one question share most of their terms.
public enum QuestionTerms {
    static let expansions: [String: String] = [
        "cnn": "convolutional neural network", "cnns": "convolutional neural network",
        "rnn": "recurrent neural network", "rnns": "recurrent neural network",
        "gan": "generative adversarial network", "gans": "generative adversarial network",
        "lstm": "long short term memory", "lstms": "long short term memory", "gru": "gated recurrent unit",
        "resnet": "residual network", "sgd": "stochastic gradient descent", "gd": "gradient descent",
        "dl": "deep learning", "ml": "machine learning", "ann": "artificial neural network",
        "fnn": "feedforward neural network", "fnns": "feedforward neural network", "mlp": "multi layer perceptron",
        "nlp": "natural language processing", "relu": "rectified linear unit", "adam": "adaptive moment estimation",
        "regularisation": "regularization", "normalisation": "normalization", "optimiser": "optimizer",
        "optimisers": "optimizer", "hyperparameters": "hyperparameter", "nets": "network", "net": "network",
    ]
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "is", "are", "was", "be", "it", "its",
        "what", "how", "why", "when", "which", "who", "do", "does", "can", "you", "your", "we", "with", "by",
        "explain", "describe", "define", "discuss", "concept", "role", "some", "between", "its", "their",
        "they", "them", "used", "using", "use", "this", "that", "these", "those", "as", "like", "such", "e",
        "g", "eg", "about", "into", "other", "from", "there", "up", "out", "so", "much", "many", "most",
        "mean", "meant", "understand", "context", "term", "terms", "way", "ways", "specifically", "typically",
        "help", "helps", "work", "works", "working", "main", "key", "important", "importance", "significance",
        "purpose", "function", "functions", "elaborate", "elucidate", "highlight", "enumerate", "list",
        "tell", "give", "particular", "neural", "network", "networks", "deep", "learning", "model", "models",
    ]

    public static func terms(_ text: String) -> [String] {
        var words: [String] = []
        if ASCIIText.isASCII(text) {
            words = asciiWords(text)
        } else {
            var current = ""
            for ch in text.lowercased() {
                if ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
            }
            if !current.isEmpty { words.append(current) }
        }
        var out: [String] = []
        for w in words {
            let expanded = expansions[w].map { $0.split(separator: " ").map(String.init) } ?? [w]
            for e in expanded where !stopWords.contains(e) {
                let s = stem(e)
                if !stopWords.contains(s), !s.isEmpty { out.append(s) }
            }
        }
        return out
    }

    /// The lower-cased runs of letters and digits of ASCII text: what the Character loop gives, on bytes.
    static func asciiWords(_ text: String) -> [String] { ASCIIText.words(ASCIIText.lowered(text)) }

    /// Plural and verb endings off, so "gradients" meets "gradient" and "normalizes" meets "normalization".
    static func stem(_ w: String) -> String {
        guard w.count > 4 else { return w }
        for suffix in ["ization", "isation", "ations", "ation", "izing", "ising", "ings", "ing", "izes", "ises", "ies", "es", "ed", "s", "ly"] {
            if w.hasSuffix(suffix), w.count - suffix.count >= 3 {
                return String(w.dropLast(suffix.count))
            }
        }
        return w
    }
}
