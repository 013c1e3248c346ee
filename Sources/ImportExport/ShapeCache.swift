import Corpus

/// What the duplicate rules read from each question (its shape, its content terms, the terms left once
/// its subjects and aspect words are set aside), read on first use and kept: the index consults the
/// rules for a few candidates per question, and a card's questions are consulted again for each
/// question that would join it (the clique rule). A class, so `DuplicateRule` stays a value that
/// answers without `mutating`.
final class ShapeCache {
    struct Reading {
        var shape: QuestionShape
        var terms: Set<String>
        var leftover: Set<String>
        /// Its inline formulas (`$…$`), spaces removed, in order; empty when it has none.
        var formulas: [String] = []
    }

    private var readings: [Reading?]

    init(count: Int) { readings = [Reading?](repeating: nil, count: count) }

    func reading(_ i: Int, _ make: () -> Reading) -> Reading {
        if let r = readings[i] { return r }
        let r = make()
        readings[i] = r
        return r
    }
}
