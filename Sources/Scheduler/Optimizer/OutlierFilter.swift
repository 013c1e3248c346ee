/// fsrs-rs's outlier filter (`dataset.rs`), over whole cards: cards are grouped by their first
/// rating and the study days until their first long-term review; for each first rating the
/// smallest groups (with the longest delays first among equals) are dropped until 5% of the cards,
/// and at least 20, are gone, and groups of fewer than 6 cards or delays over 100 days (365 for
/// Easy) are dropped too. A dropped card loses all its items; kept cards' first long-term
/// reviews are the pre-training data.
enum OutlierFilter {
    /// Per card: true when it is kept. Cards without items count as kept.
    static func keptCards(_ set: TrainingSet) -> [Bool] {
        let cards = set.cardStart.count - 1
        var kept = [Bool](repeating: true, count: cards)
        // rating -> delta -> cards
        var groups: [Int: [Int: [Int]]] = [:]
        for c in 0..<cards {
            guard let p = firstLongTerm(set, card: c) else { continue }
            groups[Int(set.rating[set.cardStart[c]]), default: [:]][Int(set.delta[p]), default: []].append(c)
        }
        for rating in groups.keys.sorted() {
            let subgroups = groups[rating]!.sorted { a, b in
                a.value.count != b.value.count ? a.value.count > b.value.count : a.key > b.key
            }
            let total = subgroups.reduce(0) { $0 + $1.value.count }
            var removed = 0
            for (delta, members) in subgroups.reversed() {
                if removed + members.count >= max(20, total / 20) {
                    if members.count >= 6 && delta <= (rating != 4 ? 100 : 365) { continue }
                } else {
                    removed += members.count
                }
                for c in members { kept[c] = false }
            }
        }
        return kept
    }

    /// The card's first review with more than 0 elapsed study days, if any.
    static func firstLongTerm(_ set: TrainingSet, card c: Int) -> Int? {
        var p = set.cardStart[c] + 1
        while p < set.cardStart[c + 1] {
            if set.delta[p] > 0 { return p }
            p += 1
        }
        return nil
    }
}
