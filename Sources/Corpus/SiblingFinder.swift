/// `CardSiblings.compute`'s relation, answered one new card at a time against the cards a study day has
/// taken so far, without computing it for the whole deck.
///
/// A study session asks, for each new card in order, whether one of its siblings was introduced today or
/// chosen already; with 50,000 cards in a user deck, computing every card's siblings first (which needs
/// every card's question) takes far longer than the session's start may. This finder asks the deck only
/// for the texts of the cards it meets (`text`) and, when a subject is found in a taken card's text, how
/// many cards name it (`naming`), and gives the same answers as `compute`:
/// A and B are siblings when A's subject (`CardSiblings.words(A.id)`) is in B's `CardSiblings.text` and at
/// most `generalLimit` cards other than A name it, or when they are a curated pair of the deck.
public struct SiblingFinder {
    /// A card's `CardSiblings.text`, or nil when the deck has no card with that id.
    public typealias Text = (_ id: String) -> String?
    /// How many cards other than `excluding` have `subject` in their text, counted up to `limit`.
    public typealias Naming = (_ subject: String, _ excluding: String, _ limit: Int) -> Int

    let text: Text
    let naming: Naming
    /// The taken cards that are in the deck: their texts, their texts' words, their subjects.
    var takenTexts: [String: String] = [:]
    var takenWords: [Substring: [String]] = [:]
    var takenSubjects: [String: [String]] = [:]
    var longestSubject = 0
    /// Whether a card's subject is general vocabulary (named by more than `generalLimit` other cards).
    var general: [String: Bool] = [:]

    public init(text: @escaping Text, naming: @escaping Naming) {
        self.text = text
        self.naming = naming
    }

    /// The finder over `cards`, searching their texts directly (for decks in memory, and tests).
    public init(cards: [Card]) {
        var texts: [String: String] = [:]
        for c in cards { texts[c.id] = CardSiblings.text(c) }
        let all = cards.map { (id: $0.id, text: texts[$0.id]!) }
        self.init(text: { texts[$0] }, naming: { subject, excluding, limit in
            var n = 0
            for t in all where n < limit && t.id != excluding && t.text.contains(subject) { n += 1 }
            return n
        })
    }

    /// Records `id` as introduced today (or chosen for today).
    public mutating func take(_ id: String) {
        guard takenTexts[id] == nil, let t = text(id) else { return }
        takenTexts[id] = t
        for w in Set(t.split(separator: " ")) { takenWords[w, default: []].append(id) }
        let subject = CardSiblings.words(id)
        if subject.count > 2 {
            takenSubjects[subject, default: []].append(id)
            longestSubject = max(longestSubject, subject.split(separator: " ").count)
        }
    }

    /// True when a taken card is a sibling of `id`.
    public mutating func hasTakenSibling(_ id: String) -> Bool {
        guard !takenTexts.isEmpty, let own = text(id) else { return false }
        for (a, b) in CardSiblings.curated where (a == id && takenTexts[b] != nil) || (b == id && takenTexts[a] != nil) {
            return true
        }
        // `id` names a taken card.
        let subject = CardSiblings.words(id)
        if subject.count > 2 {
            let lists = subject.split(separator: " ").map { takenWords[$0] ?? [] }
            if let rarest = lists.min(by: { $0.count < $1.count }),
               rarest.contains(where: { $0 != id && takenTexts[$0]!.contains(subject) }), !isGeneral(id, subject) {
                return true
            }
        }
        // A taken card names `id`: a run of words within the question part or the id part of its text.
        guard longestSubject > 0 else { return false }
        for part in own.split(separator: "  ", omittingEmptySubsequences: false) {
            let words = part.split(separator: " ")
            for start in words.indices {
                var key = " "
                for end in start..<min(words.count, start + longestSubject) {
                    key += words[end]
                    key += " "
                    guard let takers = takenSubjects[key] else { continue }
                    for t in takers where t != id && !isGeneral(t, key) { return true }
                }
            }
        }
        return false
    }

    /// True when more than `generalLimit` cards other than `id` name its `subject`.
    mutating func isGeneral(_ id: String, _ subject: String) -> Bool {
        if let known = general[id] { return known }
        let result = naming(subject, id, CardSiblings.generalLimit + 1) > CardSiblings.generalLimit
        general[id] = result
        return result
    }
}
