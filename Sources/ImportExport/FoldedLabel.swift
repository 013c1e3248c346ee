import Corpus

/// A line that is not tame (it has non-ASCII text) folded into the bytes `QuestionLabel`'s matchers read,
/// one byte per `Character` (`FoldedHead`), so that the matchers decide it too instead of the regexes.
///
/// The regexes match `Character`s: `\s` is `Character.isWhitespace`, `\d` is `Character.isNumber`, a literal
/// or a class member matches only the `Character` equal to it (a "." with a combining accent is not "."),
/// and `.` is any `Character` but a newline. So a whitespace `Character` folds to a space, a number to "0",
/// and any other that is not one ASCII scalar to 0x80, which no part of a label takes. A label is read from
/// the line's start and no part of it takes the first `Character` outside `labelBytes`, so the head up to
/// that `Character` decides, and the capture `(.+)$` is the rest of the line. A newline `Character` (a
/// scalar U+000A–U+000D, U+0085, U+2028 or U+2029 starts one) is whitespace to `\s`, so it folds to a space
/// too; but `.` takes none and `$` is only the end, so a capture `(.+)$` with one in it is no match (each
/// parse the regex could fall back to captures more of the line's end, newline included). Tests compare both.
struct FoldedLabel {
    var head: FoldedHead
    /// The line holds a newline `Character`.
    var hasNewline: Bool

    /// Folds the head of `text`. (An ASCII newline that is a `Character` of its own stays its byte in the
    /// head: it is read as the space it folds to.)
    init(_ text: String) {
        hasNewline = text.unicodeScalars.contains(where: LineScan.isNewline)
        head = FoldedHead(text, stop: { !Self.labelBytes[Int($0)] && !($0 >= 0x0A && $0 <= 0x0D) }) { c in
            LineScan.isWhitespace(c) ? 0x20 : c.isNumber ? UInt8(ascii: "0") : 0x80
        }
        if hasNewline {
            for k in head.bytes.indices where head.bytes[k] >= 0x0A && head.bytes[k] <= 0x0D { head.bytes[k] = 0x20 }
        }
    }

    /// The bytes some part of a label may take: space, tab, digits, the letters of "question" in either
    /// case, and the separators. After any other byte the matchers read no further.
    static let labelBytes: [Bool] = (0..<256).map { b in
        b == 0x20 || b == 0x09 || (0x30...0x39).contains(b) || "qQuUeEsStTiIoOnN.):-".utf8.contains(UInt8(b))
    }

    /// `Patterns.numberLabel`'s capture, else `Patterns.questionLabel`'s, else the line itself.
    func strippingLabel(_ text: String) -> String {
        head.bytes.withUnsafeBufferPointer { b in
            // Each pattern in turn, as `regexStripLabel` tries them: a capture with a newline is no match.
            for k in [QuestionLabel.numberLabel(b), QuestionLabel.questionLabel(b)] {
                guard let k else { continue }
                let rest = head.rest(of: text, from: k)
                if !hasNewline || !rest.unicodeScalars.contains(where: LineScan.isNewline) { return rest }
            }
            return text
        }
    }

    /// Whether `Patterns.questionLabelled` matches.
    var isLabelled: Bool {
        head.bytes.withUnsafeBufferPointer { QuestionLabel.isLabelled($0) }
    }
}
