/// How a study day keeps sibling cards apart (see `StudySession`): it asks, for each new card in order,
/// whether a sibling of it was introduced today or chosen already, and records each card it chooses.
///
/// `SiblingSets` answers from every card's siblings worked out up front; a deck too large for that (a
/// 50,000-card user deck) answers lazily instead, from the few cards it meets (`Corpus.SiblingFinder`).
public protocol SiblingSpacing {
    /// True when a card taken so far is a sibling of `card`.
    mutating func hasTakenSibling(_ card: String) -> Bool
    /// Records `card` as introduced today.
    mutating func take(_ card: String)
}
