#if canImport(Glibc)
import Glibc
#endif

/// Full-text search over cards, ranked by BM25 on two fields: the question (and id) weighs
/// twice as much as the answer, alternates and note, each field normalised by its own length.
public struct CardSearch {
    public struct Hit: Sendable {
        public var card: Card
        public var score: Double

        public init(card: Card, score: Double) {
            self.card = card
            self.score = score
        }
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
            let n = Double(counts.count)
            var score = 0.0
            for t in terms {
                guard let tf = counts[i][t].map(Double.init) else { continue }
                score += CardSearch.termScore(tf: tf, df: Double(documentFrequency[t] ?? 0), n: n, length: lengths[i], averageLength: averageLength)
            }
            return score
        }
    }

    /// One term's BM25 score in one field (k1 = 1.2, b = 0.75); shared with the user decks' stored index.
    @inline(__always)
    public static func termScore(tf: Double, df: Double, n: Double, length: Double, averageLength: Double) -> Double {
        let k1 = 1.2, b = 0.75
        let idf = log(1 + (n - df + 0.5) / (df + 0.5))
        return idf * tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / averageLength))
    }

    /// The two searched texts of a card: question and id words, then answer, alternates and note.
    public static func fieldTexts(_ card: Card) -> (question: String, body: String) {
        (card.question + " " + card.id.replacing("-", with: " "), ([card.answer] + card.alternates + [card.note ?? ""]).joined(separator: " "))
    }

    private let cards: [Card]
    private let questions: Field
    private let bodies: Field

    public init(cards: [Card]) {
        self.cards = cards
        let texts = cards.map(Self.fieldTexts)
        questions = Field(texts.map(\.question))
        bodies = Field(texts.map(\.body))
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
    public static func words(_ text: String) -> [String] {
        if ASCIIText.isASCII(text) { return asciiWords(text) }
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

    static let byteAbbreviations = abbreviations.map { (long: Array($0.long.utf8), short: Array($0.short.utf8)) }

    /// `words` for ASCII text, on bytes: the same lower-casing, abbreviation folding, split and stemming.
    static func asciiWords(_ text: String) -> [String] {
        var lower = ASCIIText.lowered(text)
        for (long, short) in byteAbbreviations where ASCIIText.contains(lower, long) {
            lower = ASCIIText.replacing(lower, long, with: short)
        }
        return ASCIIText.words(lower).compactMap { current in
            let w = plurals[current] ?? current
            return functionWords.contains(w) ? nil : QuestionTerms.stem(w)
        }
    }
}
