/// `SiblingSpacing` from each card's siblings, known up front (`Corpus.CardSiblings.compute`).
public struct SiblingSets: SiblingSpacing {
    public var siblings: [String: Set<String>]
    public var taken: Set<String>

    public init(_ siblings: [String: Set<String>], taken: Set<String> = []) {
        self.siblings = siblings
        self.taken = taken
    }

    public func hasTakenSibling(_ card: String) -> Bool {
        guard let sibs = siblings[card] else { return false }
        return !sibs.isDisjoint(with: taken)
    }

    public mutating func take(_ card: String) { taken.insert(card) }
}
