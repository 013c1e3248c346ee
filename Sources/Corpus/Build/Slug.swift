/// Short, readable ids made from a question's content words: "What is dropout?" gives "dropout".
enum Slug {
    static let filler: Set<String> = [
        "what", "is", "are", "the", "a", "an", "of", "in", "and", "how", "do", "does", "why", "to", "for", "explain",
        "describe", "define", "discuss", "concept", "you", "your", "can", "be", "which", "when", "its", "it",
        "with", "on", "by", "role", "use", "used", "between", "some", "that", "this", "elaborate", "elucidate",
        "highlight", "enumerate", "neural", "networks", "network", "deep", "learning", "models", "model", "s",
    ]

    static func make(_ question: String) -> String {
        var words: [String] = []
        var current = ""
        for ch in question.lowercased() {
            if ch.isASCII, ch.isLetter || ch.isNumber { current.append(ch) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        let content = words.filter { !filler.contains($0) }
        let chosen = (content.isEmpty ? words : content).prefix(5)
        return chosen.joined(separator: "-")
    }
}
