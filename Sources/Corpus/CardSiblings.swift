/// Sibling cards: pairs that should not both be introduced on the same study day, because one
/// builds on the other (a definition and the comparison that uses it) and seeing both in one
/// sitting turns the second into a recall of the first.
///
/// Derived, not hand-kept, so it follows the deck (and any `--corpus` deck):
/// - a card's *subject* is its id read as words ("batch-normalization" → "batch normalization");
/// - cards A and B are siblings when A's subject appears as whole words in B's question or in B's
///   id ("lstm" in "lstm-vs-gru", "dropout" in "Distinguish … batch normalization and dropout …");
/// - a subject that more than `generalLimit` other cards name is the deck's general vocabulary
///   ("deep learning"), not a card that others build on, and makes no siblings.
///
/// A short curated list adds pairs the words cannot see (different wording for the same idea,
/// e.g. "vanishing-gradient" and "vanishing-and-exploding-gradients"); pairs naming ids the deck
/// lacks are ignored.
public enum CardSiblings {
    /// Pairs the derivation misses in the built-in deck.
    public static let curated: [(String, String)] = [
        ("vanishing-gradient", "vanishing-and-exploding-gradients"),
        ("exploding-gradients-prevention", "vanishing-and-exploding-gradients"),
        ("dying-relu", "leaky-relu-vs-relu"),
        ("deep-learning", "deep-learning-vs-machine-learning"),
        ("supervised-learning", "supervised-unsupervised-reinforcement"),
        ("shallow-vs-deep-networks", "network-depth"),
        ("transformer-architecture", "attention-mechanism"),
        ("cnn", "convolution-operation"),
    ]

    /// More cards than this naming a subject make it general vocabulary.
    public static let generalLimit = 5

    /// Each card's siblings (symmetric; a card is never its own sibling).
    public static func compute(_ cards: [Card]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        func link(_ a: String, _ b: String) {
            guard a != b else { return }
            out[a, default: []].insert(b)
            out[b, default: []].insert(a)
        }
        let texts = cards.map { (id: $0.id, words: text($0)) }
        // Which texts hold each word: a text names a subject only if it holds every word of it, so only
        // the texts holding the subject's rarest word are searched (a 50,000-card deck stays near-linear).
        var holding: [Substring: [Int]] = [:]
        for (k, t) in texts.enumerated() {
            for w in Set(t.words.split(separator: " ")) { holding[w, default: []].append(k) }
        }
        for a in cards {
            let subject = words(a.id)
            guard subject.count > 2 else { continue }
            let lists = subject.split(separator: " ").map { holding[$0] ?? [] }
            guard let rarest = lists.min(by: { $0.count < $1.count }) else { continue }
            var naming: [Int] = []
            for k in rarest where texts[k].id != a.id && texts[k].words.contains(subject) {
                naming.append(k)
                if naming.count > generalLimit { break }
            }
            guard naming.count <= generalLimit else { continue }
            for k in naming { link(a.id, texts[k].id) }
        }
        let ids = Set(cards.map(\.id))
        for (a, b) in curated where ids.contains(a) && ids.contains(b) { link(a, b) }
        return out
    }

    /// The text a card's siblings are found in: its question's words, then its id's (see `words`), joined
    /// by a double space, so that no subject matches across the two.
    public static func text(_ card: Card) -> String { words(card.question) + words(card.id) }

    /// " word word " in lower case: letters and digits kept, everything else a single space,
    /// padded so that `contains(" x y ")` matches whole words only.
    public static func words(_ text: String) -> String {
        // ASCII text (most questions): the same rule byte by byte, several times faster, which matters
        // when a 50,000-card deck's index is written.
        guard ASCIIText.isASCII(text) else { return wordsByCharacter(text) }
        var out: [UInt8] = [0x20]
        out.reserveCapacity(text.utf8.count + 2)
        for b in ASCIIText.lowered(text) {
            if ASCIIText.isWordByte(b) { out.append(b) } else if out.last != 0x20 { out.append(0x20) }
        }
        if out.last != 0x20 { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `words` for any text: letters and digits as Unicode defines them.
    static func wordsByCharacter(_ text: String) -> String {
        var out = " "
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                out.append(ch)
            } else if out.last != " " {
                out.append(" ")
            }
        }
        if out.last != " " { out.append(" ") }
        return out
    }
}
