/// Recognises program code by the shape of its lines.
enum CodeShape {
    nonisolated(unsafe) static let pattern =
        /^(import |from \S+ import|def |class \w+|return\b|for .+:$|if .+:$|while .+:$|#|@\w|[\w.\[\]]+(, *\w+)* *(=|\+=|-=|\*=) *\S|[\w.]+\(.*\)$|\]\)?$|\)$|super\(|print\()/

    /// What a line's bytes must start with for a branch of the pattern that neither needs an `=` nor
    /// ends with `)` to match.
    static let openings: [[UInt8]] = ["import ", "from ", "def ", "class ", "return", "for ", "if ", "while ", "#", "@", "]",
                                      "super(", "print("].map { Array($0.utf8) }

    /// For each byte, whether one of `openings` starts with it.
    static let opensAnOpening: [Bool] = (0..<256).map { b in openings.contains { Int($0[0]) == b } }

    /// The longest line, in bytes, that the regex is asked about (lines of printable ASCII, and folded lines
    /// of other text, are matched by hand at any length: the regex is left only lines with a control or
    /// newline character, and "return" before text that is not ASCII).
    static let regexLimit = 1_000

    /// The pattern above (compiled once), tried only on lines that could match it: those whose bytes start
    /// as one of its branches does (`openings`), hold an `=`, or end with `)`. Prose lines start with a capital.
    /// (A test of the first byte alone let every line starting with a keyword's letter through, and the
    /// regex's set-up per line was a tenth of a 64 KB fuzz input's time.)
    static func looksLikeCode(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first else { return false }
        // (Every opening starts with one of `i f d c r w # @ ] s p`: other lines skip the thirteen comparisons.)
        let mayMatch = bytes.contains(UInt8(ascii: "=")) || text.unicodeScalars.last == ")"
            || (opensAnOpening[Int(first)] && openings.contains { bytes.starts(with: $0) })
        guard mayMatch else { return false }
        if let fast = printableMatch(text) ?? foldedMatch(text) { return fast }
        // The regex decides the rest, up to `regexLimit` bytes: longer such lines are not code. (Its
        // `.+:$` and `\(.*\)$` branches backtrack over the whole line with a save point per character: a
        // 27 KB line of fuzz bytes took 8 ms. No line of code is that long.)
        guard bytes.count <= regexLimit else { return false }
        return text.firstMatch(of: pattern) != nil
    }

    /// `pattern` matched by hand over the bytes of printable ASCII text (0x20–0x7E: `\w` is `[A-Za-z0-9_]`,
    /// `\s` the space, `.` any byte, `$` the end); nil for other text and for "return" followed by `.`, `:`
    /// or `'` (where the regex's Unicode word boundary is not simply "not a word byte"): the regex decides
    /// those. The regex's set-up and backtracking cost a twentieth of a fuzz profile.
    static func printableMatch(_ text: String) -> Bool? {
        text.utf8.withContiguousStorageIfAvailable(printableMatch) ?? Array(text.utf8).withUnsafeBufferPointer(printableMatch)
    }

    /// `printableMatch` on the text's bytes, read in place.
    static func printableMatch(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !b.contains(where: { $0 < 0x20 || $0 > 0x7E }) else { return nil }
        return match(b)
    }

    /// Classes of the `Character`s that are not one ASCII scalar, in a folded line (`foldedMatch`).
    static let otherByte: UInt8 = 0x80, wordByte: UInt8 = 0x81, whitespaceByte: UInt8 = 0x82

    /// `pattern` on a line with text that is not ASCII, one byte per `Character` (`FoldedHead`): printable
    /// ASCII as itself, a letter or number as `wordByte` (`\w` is `Character.isWordCharacter`: a letter, a
    /// number or "_"), whitespace as `whitespaceByte` (`\s`, but not the pattern's literal space), any
    /// other as `otherByte`. No `Character` that is not ASCII equals one of the pattern's literals (its
    /// only scalars with ASCII equivalents stand for "K", ";" and "`"). Nil, for the regex to decide,
    /// when the line holds a control or newline `Character`, or "return" runs into text that is not ASCII.
    static func foldedMatch(_ text: String) -> Bool? {
        let head = FoldedHead(text) { c in
            LineScan.isWhitespace(c) ? (c.isNewline ? 0x0A : whitespaceByte) : c.isLetter || c.isNumber ? wordByte : otherByte
        }
        return head.bytes.withUnsafeBufferPointer { b in
            guard !b.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 > whitespaceByte }) else { return nil }
            return match(b)
        }
    }

    /// `pattern` over printable ASCII bytes, or a folded line's (see `foldedMatch`).
    static func match(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = b.count
        func isWord(_ k: Int) -> Bool { k < n && ((b[k] | 0x20) &- 0x61 < 26 || b[k] &- 0x30 < 10 || b[k] == 0x5F || b[k] == wordByte) }
        func starts(_ p: String) -> Bool { b.starts(with: p.utf8) }
        func at(_ k: Int, _ c: Character) -> Bool { k < n && b[k] == c.asciiValue! }
        if starts("import ") || starts("def ") || starts("#") || starts("super(") || starts("print(") { return true }
        if starts("from ") {
            var k = 5
            while k < n, b[k] != 0x20, b[k] != whitespaceByte { k += 1 }
            if k > 5, b[k...].starts(with: " import".utf8) { return true }
        }
        if starts("class "), isWord(6) { return true }
        if starts("return") {
            if n > 6, b[6] >= 0x80 { return nil }  // `\b` before text that is not ASCII: the regex decides
            if n == 6 || !(isWord(6) || at(6, ".") || at(6, ":") || at(6, "'")) { return true }
            if !isWord(6) { return nil }
        }
        if b.last == UInt8(ascii: ":") {
            if starts("for "), n >= 6 { return true }
            if starts("if "), n >= 5 { return true }
            if starts("while "), n >= 8 { return true }
        }
        if starts("@"), isWord(1) { return true }
        if b.elementsEqual("]".utf8) || b.elementsEqual("])".utf8) || b.elementsEqual(")".utf8) { return true }
        // [\w.\[\]]+(, *\w+)* *(=|\+=|-=|\*=) *\S — each part's characters differ from the next's, so the
        // greedy reading is the only one.
        var k = 0
        while k < n, isWord(k) || b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "[") || b[k] == UInt8(ascii: "]") { k += 1 }
        let lead = k
        if lead > 0 {
            while at(k, ",") {
                var w = k + 1
                while at(w, " ") { w += 1 }
                guard isWord(w) else { break }
                while isWord(w) { w += 1 }
                k = w
            }
            while at(k, " ") { k += 1 }
            if at(k, "+") || at(k, "-") || at(k, "*") { k += at(k + 1, "=") ? 2 : n }
            else if at(k, "=") { k += 1 } else { k = n }
            while at(k, " ") { k += 1 }
            if k < n, b[k] != whitespaceByte { return true }
        }
        // [\w.]+\(.*\)$
        var r = 0
        while isWord(r) || at(r, ".") { r += 1 }
        if r > 0, at(r, "("), n - 1 > r, b[n - 1] == UInt8(ascii: ")") { return true }
        return false
    }

    /// A run is code when most of its non-blank lines look like code and none is a bullet.
    static func isCode(_ run: ArraySlice<ArticleLine>) -> Bool {
        var count = 0
        var only: ArticleLine? = nil
        for line in run where !line.isBlank {
            if line.isBullet { return false }
            count += 1
            only = line
        }
        guard let only else { return false }
        if count == 1 { return only.text.hasPrefix("import ") || only.text.hasPrefix("def ") }
        let codeLines = run.count { !$0.isBlank && looksLikeCode($0.text) }
        return codeLines * 10 >= count * 6
    }
}
