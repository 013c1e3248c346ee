import Foundation

/// Full-text search over cards, ranked by BM25; words in the question count twice as much as in the answer.
public struct CardSearch {
    public struct Hit: Sendable {
        public var card: Card
        public var score: Double
    }

    private let cards: [Card]
    private let documents: [[String: Int]]
    private let lengths: [Double]
    private let averageLength: Double
    private var documentFrequency: [String: Int] = [:]

    public init(cards: [Card]) {
        self.cards = cards
        var documents: [[String: Int]] = []
        var lengths: [Double] = []
        var df: [String: Int] = [:]
        for card in cards {
            var counts: [String: Int] = [:]
            let questionWords = Self.words(card.question + " " + card.id.replacingOccurrences(of: "-", with: " "))
            for w in questionWords { counts[w, default: 0] += 2 }
            let answerWords = Self.words(([card.answer] + card.alternates + [card.note ?? ""]).joined(separator: " "))
            for w in answerWords { counts[w, default: 0] += 1 }
            for w in counts.keys { df[w, default: 0] += 1 }
            documents.append(counts)
            lengths.append(Double(questionWords.count * 2 + answerWords.count))
        }
        self.documents = documents
        self.lengths = lengths
        self.averageLength = max(1, lengths.reduce(0, +) / Double(max(1, lengths.count)))
        self.documentFrequency = df
    }

    /// Cards matching any word of `query`, best first; ties keep deck order.
    public func search(_ query: String, limit: Int = 20) -> [Hit] {
        let terms = Array(Set(Self.words(query)))
        guard !terms.isEmpty else { return [] }
        let n = Double(cards.count)
        let k1 = 1.2, b = 0.75
        var hits: [(Int, Double)] = []
        for (i, doc) in documents.enumerated() {
            var score = 0.0
            for t in terms {
                guard let tf = doc[t].map(Double.init) else { continue }
                let df = Double(documentFrequency[t] ?? 0)
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[i] / averageLength))
            }
            if score > 0 { hits.append((i, score)) }
        }
        hits.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        return hits.prefix(limit).map { Hit(card: cards[$0.0], score: $0.1) }
    }

    static let functionWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "is", "are", "be", "it", "its", "what", "how",
        "why", "do", "does", "with", "by", "as", "that", "this", "can", "from", "at",
    ]

    /// Long names folded into their usual abbreviation, so either spelling finds the other.
    static let abbreviations: [(long: String, short: String)] = [
        ("convolutional neural network", "cnn"), ("recurrent neural network", "rnn"),
        ("generative adversarial network", "gan"), ("long short-term memory", "lstm"), ("long short term memory", "lstm"),
        ("gated recurrent unit", "gru"), ("stochastic gradient descent", "sgd"), ("rectified linear unit", "relu"),
        ("natural language processing", "nlp"), ("residual network", "resnet"), ("batch normalization", "batchnorm"),
        ("batch normalisation", "batchnorm"),
    ]
    static let plurals: [String: String] = ["cnns": "cnn", "rnns": "rnn", "gans": "gan", "lstms": "lstm", "resnets": "resnet", "grus": "gru"]

    /// Lower-cased words with a light stem, so "gradients" finds "gradient".
    static func words(_ text: String) -> [String] {
        var lower = text.lowercased()
        for (long, short) in abbreviations where lower.contains(long) { lower = lower.replacingOccurrences(of: long, with: short) }
        var out: [String] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let w = plurals[current] ?? current
            if !functionWords.contains(w) { out.append(QuestionTerms.stem(w)) }
            current = ""
        }
        for ch in lower {
            if ch.isLetter || ch.isNumber { current.append(ch) } else { flush() }
        }
        flush()
        return out
    }
}
