#if canImport(Glibc)
import Glibc
#endif

/// Full-text search over cards, ranked by BM25 on two fields: the question (and id) weighs
/// twice as much as the answer, alternates and note, each field normalised by its own length.
public struct CardSearch {
    public struct Hit: Sendable {
        public var card: Card
        public var score: Double
    }

    /// One searchable field of every card: term counts and lengths.
    struct Field {
        var counts: [[String: Int]] = []
        var lengths: [Double] = []
        var documentFrequency: [String: Int] = [:]
        var averageLength = 1.0

        init(_ texts: [String]) {
            for text in texts {
                let words = CardSearch.words(text)
                var c: [String: Int] = [:]
                for w in words { c[w, default: 0] += 1 }
                for w in c.keys { documentFrequency[w, default: 0] += 1 }
                counts.append(c)
                lengths.append(Double(words.count))
            }
            averageLength = max(1, lengths.reduce(0, +) / Double(max(1, lengths.count)))
        }

        func score(_ i: Int, _ terms: [String]) -> Double {
            let n = Double(counts.count), k1 = 1.2, b = 0.75
            var score = 0.0
            for t in terms {
                guard let tf = counts[i][t].map(Double.init) else { continue }
                let df = Double(documentFrequency[t] ?? 0)
                let idf = log(1 + (n - df + 0.5) / (df + 0.5))
                score += idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * lengths[i] / averageLength))
            }
            return score
        }
    }

    private let cards: [Card]
    private let questions: Field
    private let bodies: Field

    public init(cards: [Card]) {
        self.cards = cards
        questions = Field(cards.map { $0.question + " " + $0.id.replacing("-", with: " ") })
        bodies = Field(cards.map { ([$0.answer] + $0.alternates + [$0.note ?? ""]).joined(separator: " ") })
    }

    /// Cards matching any word of `query`, best first; ties keep deck order.
    public func search(_ query: String, limit: Int = 20) -> [Hit] {
        let terms = Array(Set(Self.words(query)))
        guard !terms.isEmpty else { return [] }
        var hits: [(Int, Double)] = []
        for i in cards.indices {
            let score = 2 * questions.score(i, terms) + bodies.score(i, terms)
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
        for (long, short) in abbreviations where lower.contains(long) { lower = lower.replacing(long, with: short) }
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
