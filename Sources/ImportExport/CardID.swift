/// Readable ids for imported cards, from the question's content words ("What is dropout?" gives
/// "dropout"), the way the built-in deck names its cards; "-2", "-3"... when taken.
enum CardID {
    static let filler: Set<String> = [
        "what", "is", "are", "the", "a", "an", "of", "in", "and", "how", "do", "does", "why", "to", "for", "explain",
        "describe", "define", "discuss", "concept", "you", "your", "can", "be", "which", "when", "its", "it",
        "with", "on", "by", "role", "use", "used", "between", "some", "that", "this", "elaborate", "s",
    ]

    static func make(_ question: String, taken: (String) -> Bool) -> String {
        var words: [String] = []
        var current = ""
        for ch in question.lowercased() {
            if ch.isASCII, ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        let content = words.filter { !filler.contains($0) }
        var base = (content.isEmpty ? words : content).prefix(5).joined(separator: "-")
        if base.isEmpty { base = "card" }
        if !taken(base) { return base }
        var n = 2
        while taken(base + "-\(n)") { n += 1 }
        return base + "-\(n)"
    }
}
