/// A wrong claim the answer makes, with the words that made it.
public struct StatedError: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// One of the card's misconceptions.
        case misconception
        /// The opposite of a key point (its `inverse` patterns): inverted relation or swapped roles.
        case inverted
        /// A key point stated with a negation ("dropout does not reduce overfitting").
        case negated
    }

    public var kind: Kind
    /// The misconception's label, or the key point's text.
    public var claim: String
    /// The answer's words that triggered it, as written (lower-cased), in answer order.
    public var matched: [String]

    public init(kind: Kind, claim: String, matched: [String]) {
        self.kind = kind
        self.claim = claim
        self.matched = matched
    }
}
