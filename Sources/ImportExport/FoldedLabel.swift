import Corpus

/// A line that is not tame (it has non-ASCII text) folded into the bytes `QuestionLabel`'s matchers read,
/// one byte per `Character` (`FoldedHead`), so that the matchers decide it too instead of the regexes.
///
/// The regexes match `Character`s: `\s` is `Character.isWhitespace`, `\d` is `Character.isNumber`, a literal
/// or a class member matches only the `Character` equal to it (a "." with a combining accent is not "."),
/// and `.` is any `Character` but a newline. So a whitespace `Character` folds to a space, a number to "0",
/// and any other that is not one ASCII scalar to 0x80, which no part of a label takes. A label is read from
/// the line's start and no part of it takes the first `Character` outside `labelBytes`, so the head up to
/// that `Character` decides, and the capture `(.+)$` is the rest of the line. A line with a newline
/// `Character` (which `.` and `$` treat apart) is not folded: the regexes decide it. Tests compare both.
struct FoldedLabel {
    var head: FoldedHead

    /// Folds the head of `text`; nil when the line has a newline `Character` (a scalar U+000A–U+000D,
    /// U+0085, U+2028 or U+2029).
    init?(_ text: String) {
        guard !text.unicodeScalars.contains(where: Self.isNewline) else { return nil }
        head = FoldedHead(text, stop: { !Self.labelBytes[Int($0)] }) { c in
            LineScan.isWhitespace(c) ? 0x20 : c.isNumber ? UInt8(ascii: "0") : 0x80
        }
    }

    static func isNewline(_ s: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(s.value) || s.value == 0x85 || s.value == 0x2028 || s.value == 0x2029
    }

    /// The bytes some part of a label may take: space, tab, digits, the letters of "question" in either
    /// case, and the separators. After any other byte the matchers read no further.
    static let labelBytes: [Bool] = (0..<256).map { b in
        b == 0x20 || b == 0x09 || (0x30...0x39).contains(b) || "qQuUeEsStTiIoOnN.):-".utf8.contains(UInt8(b))
    }

    /// `Patterns.numberLabel`'s capture, else `Patterns.questionLabel`'s, else the line itself.
    func strippingLabel(_ text: String) -> String {
        head.bytes.withUnsafeBufferPointer { b in
            guard let k = QuestionLabel.numberLabel(b) ?? QuestionLabel.questionLabel(b) else { return text }
            return head.rest(of: text, from: k)
        }
    }

    /// Whether `Patterns.questionLabelled` matches.
    var isLabelled: Bool {
        head.bytes.withUnsafeBufferPointer { QuestionLabel.isLabelled($0) }
    }
}
