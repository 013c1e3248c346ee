/// Headings such as "Basic Level Questions" that group the questions that follow by level.
enum SectionHeading {
    static func level(_ text: String) -> (level: Level?, title: String)? {
        if LineScan.isPlainASCII(text) { return asciiLevel(text) }
        guard mayEndWithQuestions(text) else { return nil }
        // Other text whose scalars are each a `Character` (`LineScan.bytesAreCharacters`) is counted in
        // scalars and read over its bytes as well: the level words and "questions" are ASCII, and no scalar
        // outside ASCII lowercases into one of them (only the Kelvin sign lowercases to ASCII, to "k", which
        // none holds). The `Character` path's counting, lowercasing and substring searchers cost 30 µs on a
        // line of other text ending in "Questions:".
        if LineScan.bytesAreCharacters(text) {
            guard text.unicodeScalars.count < 60, text.utf8.last != UInt8(ascii: "?"), asciiEndsWithQuestions(text) else { return nil }
            return asciiLevelWords(text)
        }
        return characterLevel(text)
    }

    /// "questions" in the bytes, ignoring ASCII case: what the check of the end needs (its letters are
    /// compared caselessly as Characters, and no Character but the ASCII letters lower-cases to one of them).
    static func mayEndWithQuestions(_ text: String) -> Bool {
        let word = Array("questions".utf8)
        var matched = 0
        for b in text.utf8 {
            let lower = b &- 0x41 < 26 ? b | 0x20 : b
            if lower == word[matched] {
                matched += 1
                if matched == word.count { return true }
            } else {
                matched = lower == word[0] ? 1 : 0
            }
        }
        return false
    }

    static let basicWords = ["basic", "beginner", "fresher"].map { Array($0.utf8) }
    static let intermediateWord = Array("intermediate".utf8)
    static let advancedWords = ["advanced", "expert", "experienced"].map { Array($0.utf8) }

    /// `level` over the bytes of plain ASCII text (`LineScan.isPlainASCII`), where the byte count is the
    /// `Character` count and lower-casing is A–Z only: the test runs on every line of an article, and
    /// counting, lower-casing and substring searchers cost a tenth of a fuzz profile.
    static func asciiLevel(_ text: String) -> (level: Level?, title: String)? {
        guard text.utf8.count < 60, text.utf8.last != UInt8(ascii: "?"), asciiEndsWithQuestions(text) else { return nil }
        return asciiLevelWords(text)
    }

    /// The level a heading's words name, its ASCII letters lowered (what `lowercased().contains` finds in
    /// plain ASCII, or in text whose other scalars are each a `Character` lowercasing to no ASCII letter of
    /// the words).
    static func asciiLevelWords(_ text: String) -> (level: Level?, title: String)? {
        let lower = ASCIIText.lowered(text)
        if basicWords.contains(where: { ASCIIText.contains(lower, $0) }) { return (.basic, text) }
        if ASCIIText.contains(lower, intermediateWord) { return (.intermediate, text) }
        if advancedWords.contains(where: { ASCIIText.contains(lower, $0) }) { return (.advanced, text) }
        return (nil, text)
    }

    /// `level` `Character` by `Character`: the reference, and the path for other text.
    static func characterLevel(_ text: String) -> (level: Level?, title: String)? {
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
        if LineScan.isPlainASCII(text) || LineScan.bytesAreCharacters(text) { return asciiEndsWithQuestions(text) }
        return mayEndWithQuestions(text) && characterEndsWithQuestions(text)
    }

    /// `endsWithQuestions` over the bytes of plain ASCII text (or of text whose scalars are each a `Character`
    /// and none outside ASCII whitespace: `LineScan.bytesAreCharacters`): the end is checked without counting the
    /// line's `Character`s (the count made every line cost its length), and the word boundary by the byte
    /// before "questions" (the regex's set-up cost as much again on a file of repeated headings).
    static func asciiEndsWithQuestions(_ text: String) -> Bool {
        let b = text.utf8
        var end = b.endIndex
        if end > b.startIndex, b[b.index(before: end)] == UInt8(ascii: ":") { end = b.index(before: end) }
        while end > b.startIndex, LineScan.isSpaceByte(b[b.index(before: end)]) { end = b.index(before: end) }
        guard b.distance(from: b.startIndex, to: end) >= 9 else { return false }
        let start = b.index(end, offsetBy: -9)
        guard LineScan.caselessPrefix(Substring(b[start..<end]), "questions") != nil else { return false }
        // `\b` before "questions": there at the start and after a byte that is not `[A-Za-z0-9_]`, not after
        // one that is; after `.`, `:` or `'` (which a Unicode word boundary may bridge) the regex decides.
        guard start > b.startIndex else { return true }
        let before = b[b.index(before: start)]
        if (before | 0x20) &- 0x61 < 26 || before &- 0x30 < 10 || before == UInt8(ascii: "_") { return false }
        if before == UInt8(ascii: ".") || before == UInt8(ascii: ":") || before == UInt8(ascii: "'") { return text.firstMatch(of: pattern) != nil }
        // After a scalar that is not ASCII (in text whose scalars are each a `Character`): a letter or digit
        // makes no boundary, the regex decides.
        if before >= 0x80 { return text.firstMatch(of: pattern) != nil }
        return true
    }

    /// `endsWithQuestions` `Character` by `Character`: the reference, and the path for other text.
    static func characterEndsWithQuestions(_ text: String) -> Bool {
        var s = Substring(text)
        if s.last == ":" { s = s.dropLast() }
        while let l = s.last, LineScan.isWhitespace(l) { s = s.dropLast() }
        guard s.count >= 9, LineScan.caselessPrefix(s.suffix(9), "questions") != nil else { return false }
        return text.firstMatch(of: pattern) != nil
    }
}
