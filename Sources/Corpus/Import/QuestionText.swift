/// Tidying and recognising question text.
enum QuestionText {
    static let openers: Set<String> = [
        "what", "how", "why", "when", "which", "who", "where", "is", "are", "can", "do", "does", "should",
        "explain", "describe", "define", "discuss", "compare", "contrast", "differentiate", "distinguish",
        "difference", "differences", "list", "name", "give", "elaborate", "enumerate", "elucidate", "highlight",
        "uses", "in", "state", "outline", "summarize", "summarise", "tell",
    ]

    /// A line that reads as a question or an interview prompt, not as an answer sentence.
    static func looksLikeQuestion(_ text: String) -> Bool {
        guard !text.isEmpty, text.count < 300 else { return false }
        if text.hasSuffix("?") { return true }
        let first = text.prefix { $0.isLetter }.lowercased()
        return openers.contains(first) && first != "in" && first != "is" && first != "are" && text.count < 200
    }

    static func clean(_ text: String) -> String {
        var t = text
        if let n = NumberedQuestion.parse(t), !n.rest.isEmpty { t = n.rest }
        t = TextCleaner.clean(t)
        return t
    }
}
