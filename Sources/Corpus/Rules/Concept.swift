/// A topic a question can be about, as the duplicate rules see it: its names, what kind of thing it is,
/// and the concept it lives inside (its "home"), so that "pooling layer in CNNs" is just "pooling layer".
public struct Concept: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A technique, component, architecture or idea: dropout, LSTM, the loss function.
        case thing
        /// Something that goes wrong, or a goal a technique serves: overfitting, vanishing gradients.
        case problem
        /// So general it is usually context ("in deep learning", "in neural networks"): it counts
        /// as a subject only when a question names nothing more specific.
        case broad
    }

    public var id: String
    public var kind: Kind
    /// The concept this one is part of: saying it adds nothing ("forget gate in LSTMs").
    public var home: String?
    /// Names, each a list of normalised words (see `ConceptLexicon.words`); a word ending in `*` is a prefix.
    public var names: [[String]]

    public init(_ id: String, _ kind: Kind = .thing, home: String? = nil, names: [String]) {
        self.id = id
        self.kind = kind
        self.home = home
        self.names = names.map { ConceptLexicon.words($0) }
    }
}
