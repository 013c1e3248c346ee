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
        if LineScan.isPlainASCII(text) { return asciiLooksLikeQuestion(text) }
        return LineScan.bytesAreCharacters(text, loneCarriageReturns: true) ? scalarLooksLikeQuestion(text) : characterLooksLikeQuestion(text)
    }

    /// `looksLikeQuestion` of text whose scalars are each a `Character` (`LineScan.bytesAreCharacters`): its
    /// length is its scalar count, its last `Character` its last byte, its first word the ASCII letters that
    /// open it, unless a letter that is not ASCII goes on with it (no opener has one, nor becomes one
    /// lowercased: only the Kelvin sign lowercases to ASCII, to "k", in no opener). Lines of other text took
    /// the `Character` path, a quarter of a fuzz input of 18,000 such lines.
    static func scalarLooksLikeQuestion(_ text: String) -> Bool {
        let b = text.utf8
        guard !b.isEmpty else { return false }
        let n = b.count < 300 ? 0 : text.unicodeScalars.count
        guard n < 300 else { return false }
        if b.last == UInt8(ascii: "?") { return true }
        let letters = b.prefix { ($0 | 0x20) &- 0x61 < 26 }.count
        guard letters < openerBytes.count, b.count < 200 || text.unicodeScalars.count < 200 else { return false }
        if letters < b.count, b[b.index(b.startIndex, offsetBy: letters)] >= 0x80,
           let next = text.unicodeScalars[b.index(b.startIndex, offsetBy: letters)...].first, next.properties.isAlphabetic { return false }
        return openerBytes[letters].contains { opener in zip(opener, b).allSatisfy { $0 == $1 | 0x20 } }
    }

    /// The openers that count (not "in", "is", "are"), as bytes, by length: a look-up compares a few.
    static let openerBytes: [[[UInt8]]] = {
        var byLength = [[[UInt8]]](repeating: [], count: 16)
        for word in openers where word != "in" && word != "is" && word != "are" { byLength[word.utf8.count].append(Array(word.utf8)) }
        return byLength
    }()

    /// `looksLikeQuestion` over the bytes of plain ASCII text (`LineScan.isPlainASCII`: the byte count is
    /// the `Character` count, the letters are A–Z and a–z): it runs on most lines of an article, and the
    /// `Character` prefix, lower-casing and set look-up cost more than the rest of the line's parsing.
    static func asciiLooksLikeQuestion(_ text: String) -> Bool {
        let b = text.utf8
        guard !b.isEmpty, b.count < 300 else { return false }
        if b.last == UInt8(ascii: "?") { return true }
        let letters = b.prefix { ($0 | 0x20) &- 0x61 < 26 }.count
        guard letters < openerBytes.count, b.count < 200 else { return false }
        return openerBytes[letters].contains { opener in zip(opener, b).allSatisfy { $0 == $1 | 0x20 } }
    }

    /// `looksLikeQuestion` `Character` by `Character`: the reference, and the path for other text.
    static func characterLooksLikeQuestion(_ text: String) -> Bool {
        // (A text has no more Characters than bytes: the byte count answers the length tests of most lines.)
        guard !text.isEmpty, text.utf8.count < 300 || text.count < 300 else { return false }
        // The last `Character` is "?" only if the last byte is (nothing is canonically equivalent to "?", and
        // a mark after it makes another `Character`); it is then unless a Prepend scalar before it joins it:
        // decided without `hasSuffix`'s normalising comparison when the byte before is ASCII.
        let b = text.utf8
        if b.last == UInt8(ascii: "?") {
            if b.count == 1 || b[b.index(b.endIndex, offsetBy: -2)] < 0x80 || text.hasSuffix("?") { return true }
        }
        // A first `Character` that is one ASCII byte and not a letter opens no word.
        if let f = b.first, f < 0x80, (f | 0x20) &- 0x61 >= 26, b.count == 1 || b[b.index(after: b.startIndex)] < 0x80 { return false }
        // Nor does one whose first scalar is not ASCII open an opener: lowercased, it starts with a scalar
        // that is not ASCII, but for the Kelvin sign ("k", which opens none) and U+0130 ("i" and a dot above,
        // neither "in" nor "is" nor any opener). (A line of other text compared its word with the set.)
        if let f = b.first, f >= 0x80 { return false }
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
