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
        // (A text has no more Characters than bytes: the byte count answers the length tests of most lines.)
        guard !text.isEmpty, text.utf8.count < 300 || text.count < 300 else { return false }
        if text.hasSuffix("?") { return true }
        let first = text.prefix { $0.isLetter }.lowercased()
        return openers.contains(first) && first != "in" && first != "is" && first != "are" && (text.utf8.count < 200 || text.count < 200)
    }

    static func clean(_ text: String) -> String {
        var t = text
        if let n = NumberedQuestion.parse(t), !n.rest.isEmpty { t = n.rest }
        t = TextCleaner.clean(t)
        return t
    }
}
