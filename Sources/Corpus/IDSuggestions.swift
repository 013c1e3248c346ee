/// The card ids closest to a mistyped one: ids containing it first, then by edit distance.
public func closestIDs(to wanted: String, among ids: [String], limit: Int = 3) -> [String] {
    let w = Array(wanted.lowercased().utf8)
    let scored = ids.map { id -> (id: String, score: Int) in
        let lower = id.lowercased()
        if !wanted.isEmpty, lower.contains(wanted.lowercased()) { return (id, lower.count - wanted.count - 1000) }
        return (id, editDistance(w, Array(lower.utf8)))
    }
    let cutoff = max(3, wanted.count / 2)
    return scored.filter { $0.score <= cutoff }.sorted { ($0.score, $0.id) < ($1.score, $1.id) }.prefix(limit).map(\.id)
}

/// Levenshtein distance over bytes.
func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
