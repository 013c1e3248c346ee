extension ParsedLog {
    /// The same log with card ids renamed: events under a retired id (a key of `names`) count for the
    /// card it now points to, interleaved in file order with that card's own events. The deck's aliases
    /// go here, so reviews logged before two cards were merged keep counting for the merged card.
    public func renamingCards(_ names: [String: String]) -> ParsedLog {
        guard cardIDs.contains(where: { names[$0] != nil }) else { return self }
        var out = self
        var position: [String: Int32] = [:]
        var ids: [String] = []
        var remap: [Int32] = []
        for id in cardIDs {
            let name = names[id] ?? id
            if let p = position[name] {
                remap.append(p)
            } else {
                position[name] = Int32(ids.count)
                remap.append(Int32(ids.count))
                ids.append(name)
            }
        }
        out.cardIDs = ids
        out.eventCard = eventCard.map { remap[Int($0)] }
        return out
    }
}
