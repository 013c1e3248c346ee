/// Headings such as "Basic Level Questions" that group the questions that follow by level.
enum SectionHeading {
    static func level(_ text: String) -> (level: Level?, title: String)? {
        guard text.count < 60, !text.hasSuffix("?"),
            text.firstMatch(of: /(?i)\bquestions\s*:?$/) != nil
        else { return nil }
        let lower = text.lowercased()
        if lower.contains("basic") || lower.contains("beginner") || lower.contains("fresher") { return (.basic, text) }
        if lower.contains("intermediate") { return (.intermediate, text) }
        if lower.contains("advanced") || lower.contains("expert") || lower.contains("experienced") { return (.advanced, text) }
        return (nil, text)
    }
}
