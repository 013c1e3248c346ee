/// A topic in brackets after a question, as interview banks write them to cross-reference their
/// sections: "What is the bias-variance tradeoff? [ML Fundamentals]". The bracket is not part of the
/// question (it would keep two wordings of one question apart and show on every card); its words are a
/// tag ("ml-fundamentals").
///
/// Only a short bracket at the very end, after a space, holding letters (digits, spaces, `&`, `/`, `-`,
/// `+`, `.` too) counts: "Compute A[i]", a link "[see](url)", "[1]" (a footnote: removed, no tag) and
/// LaTeX stay as they are.
public enum TopicSuffix {
    /// The question without its topic bracket, and the topic as a tag (nil for a footnote number).
    /// Nil when the question does not end with a topic bracket.
    public static func split(_ question: String) -> (question: String, tag: String?)? {
        guard question.utf8.last == UInt8(ascii: "]"), let open = question.lastIndex(of: "["), open > question.startIndex
        else { return nil }
        let inner = question[question.index(after: open)..<question.index(before: question.endIndex)]
        let before = question[..<open]
        guard before.last == " ", !inner.isEmpty, inner.count <= 40,
              inner.allSatisfy({ $0.isLetter || $0.isNumber || " &/-+.".contains($0) }),
              inner.first.map({ $0.isLetter || $0.isNumber }) == true
        else { return nil }
        var kept = before
        while kept.last == " " { kept = kept.dropLast() }
        let rest = String(kept)
        guard rest.count >= 8 else { return nil }  // the bracket was the question, or most of it
        if inner.allSatisfy(\.isNumber) { return (rest, nil) }
        var tag = ""
        for ch in inner.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "+" || ch == "." { tag.append(ch) } else if !tag.isEmpty, !tag.hasSuffix("-") { tag.append("-") }
        }
        while tag.hasSuffix("-") { tag.removeLast() }
        return (rest, tag.isEmpty ? nil : tag)
    }
}
