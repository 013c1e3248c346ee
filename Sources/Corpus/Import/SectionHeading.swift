/// Headings such as "Basic Level Questions" that group the questions that follow by level.
enum SectionHeading {
    static func level(_ text: String) -> (level: Level?, title: String)? {
        guard text.count < 60, !text.hasSuffix("?"), endsWithQuestions(text) else { return nil }
        let lower = text.lowercased()
        if lower.contains("basic") || lower.contains("beginner") || lower.contains("fresher") { return (.basic, text) }
        if lower.contains("intermediate") { return (.intermediate, text) }
        if lower.contains("advanced") || lower.contains("expert") || lower.contains("experienced") { return (.advanced, text) }
        return (nil, text)
    }

    nonisolated(unsafe) static let pattern = /(?i)\bquestions\s*:?$/

    /// `(?i)\bquestions\s*:?$`: a hand-written check of the end first, so the regex (compiled once, for its
    /// Unicode word boundary) runs only on the few lines that end that way.
    static func endsWithQuestions(_ text: String) -> Bool {
        var s = Substring(text)
        if s.last == ":" { s = s.dropLast() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        guard s.count >= 9, LineScan.caselessPrefix(s.suffix(9), "questions") != nil else { return false }
        return text.firstMatch(of: pattern) != nil
    }
}
