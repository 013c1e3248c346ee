import JSONKit

/// One thing an interviewer listens for in an answer, with the phrasings that express it.
///
/// `text` is the statement shown to people (`dlquiz show`, grading feedback). `terms` lists
/// alternative patterns; the point counts as made when any one of them matches the answer.
/// A pattern is written in a small language the grader understands:
///
///     "negative + zero/0"        both parts, near each other, in any order
///     "max 0 x"                  the words in this order (a word or two may sit between)
///     "leaky relu/elu | prelu"   `/` and `|` both mean "or"; `+` binds tighter than `|`
///     "classif* + linear"        a word ending in `*` is a prefix: classifier, classification...
///     "not + update/learn"       "not" as a part asks for the other part denied ("never updates")
///
///     "decoder > compress"       parts in this order within one clause (who does what)
///
/// `inverse` lists patterns that state the point's opposite ("gradient + increase + layer" for
/// "gradients shrink through the layers"); an answer that matches one contradicts the point.
///
/// Words are compared after normalisation, stemming and synonym expansion, so "ReLU",
/// "rectified linear units" and "relus" all match `relu`.
public struct KeyPoint: Equatable, Sendable {
    public var text: String
    /// How much the point counts towards the score relative to the card's other points (default 1).
    public var weight: Double
    /// Alternative patterns; see above.
    public var terms: [String]
    /// Patterns stating the opposite of the point (same syntax, matched within one clause).
    public var inverse: [String]

    public init(text: String, weight: Double = 1, terms: [String], inverse: [String] = []) {
        self.text = text
        self.weight = weight
        self.terms = terms
        self.inverse = inverse
    }

    /// Reads `{"text", "weight"?, "terms", "inverse"?}`; "match" is accepted as another name for "terms".
    public init(json: JSON) throws(CorpusError) {
        guard let text = json["text"]?.stringValue, !text.isEmpty else { throw CorpusError("key point without text") }
        let weight = json["weight"]?.doubleValue ?? 1
        guard weight > 0, weight.isFinite else { throw CorpusError("key point '\(text)': weight must be positive") }
        guard let list = (json["terms"] ?? json["match"])?.arrayValue else {
            throw CorpusError("key point '\(text)': needs 'terms', a list of patterns")
        }
        let terms = list.compactMap(\.stringValue)
        guard terms.count == list.count, !terms.isEmpty, terms.allSatisfy({ !$0.isEmpty }) else {
            throw CorpusError("key point '\(text)': 'terms' must be a non-empty list of non-empty strings")
        }
        let rawInverse = json["inverse"]?.arrayValue ?? []
        let inverse = rawInverse.compactMap(\.stringValue)
        guard inverse.count == rawInverse.count, inverse.allSatisfy({ !$0.isEmpty }) else {
            throw CorpusError("key point '\(text)': 'inverse' must be a list of non-empty strings")
        }
        self.init(text: text, weight: weight, terms: terms, inverse: inverse)
    }

    /// `inverse` only when there is one, so cards without it keep their old form.
    public var json: JSON {
        var o = JSONObject([(key: "text", value: .string(text)), (key: "weight", value: .number(weight)), (key: "terms", value: JSON(terms))])
        if !inverse.isEmpty { o["inverse"] = JSON(inverse) }
        return .object(o)
    }
}
