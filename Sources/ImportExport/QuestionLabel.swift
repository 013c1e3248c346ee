/// Hand-written forms of the question-label regexes (`Patterns.numberLabel`, `.questionLabel`,
/// `.questionLabelled`) over the bytes of tame text: ASCII with no line break (no byte 0x0A–0x0D).
///
/// `ArticleReader.markedQuestions` tries them on every heading, bold line and list item; a file of tens of
/// thousands of headings ("### 1.estions") spent two thirds of its time in the regexes' set-up. In tame text
/// every byte is one `Character`, `\s` is the space or the tab, `\d` is 0–9, `.` is any byte and `$` is the
/// end; the functions follow the regexes' backtracking order, so a capture starts where the regex's does.
/// Other text goes to the regexes (callers check `isTame`). Tests compare both on generated lines.
enum QuestionLabel {
    static func isTame(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        !b.contains { $0 >= 0x80 || ($0 >= 0x0A && $0 <= 0x0D) }
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Where the run of `\s` from `i` ends.
    static func skipSpaces(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        var j = i
        while j < b.count, isSpace(b[j]) { j += 1 }
        return j
    }

    /// `(?i:question)` or `(?i:q)` at the start (the alternation's order does not matter: after a "q" that
    /// begins "question", the `u` fails whatever the regex needs next). Where it ends, nil without one.
    static func label(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let f = b.first, f | 0x20 == UInt8(ascii: "q") else { return nil }
        let word = Array("question".utf8)
        if b.count >= word.count, word.indices.allSatisfy({ b[$0] | 0x20 == word[$0] && (b[$0] | 0x20) >= 0x61 }) { return word.count }
        return 1
    }

    /// `\d{1,N}` at `i` as the regex uses it: the run of digits when it is 1…N long. (A shorter take leaves a
    /// digit next, where every pattern here needs `.`, `\s` or a separator: only the whole run can match.)
    static func digits(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, max: Int) -> Int? {
        var j = i
        while j < b.count, isDigit(b[j]) { j += 1 }
        return j > i && j - i <= max ? j : nil
    }

    /// `\d{1,4}(?:\.\d{1,3})*` from `i`: where each greedy count of `(?:\.\d{1,3})` ends, the most first
    /// (the order the regex backtracks in). Empty when the digits do not match.
    static func numbering(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> [Int] {
        guard var p = digits(b, i, max: 4) else { return [] }
        var ends = [p]
        while p < b.count, b[p] == UInt8(ascii: "."), let q = digits(b, p + 1, max: 3) {
            p = q
            ends.append(p)
        }
        return ends.reversed()
    }

    /// `\s*[.):\-]\s+(.+)$` (with `separators`) from `p`: where the capture starts, or nil.
    static func labelTail(_ b: UnsafeBufferPointer<UInt8>, _ p: Int, separators: StaticString) -> Int? {
        let q = skipSpaces(b, p)
        guard q < b.count, UnsafeBufferPointer(start: separators.utf8Start, count: separators.utf8CodeUnitCount).contains(b[q]) else { return nil }
        let end = skipSpaces(b, q + 1)
        if end == q + 1 { return nil }  // `\s+` needs one
        if end < b.count { return end }
        return end - q - 1 >= 2 ? b.count - 1 : nil  // `\s+` gives its last space back to `.+`
    }

    /// `Patterns.numberLabel`: `^(?i:q(?:uestion)?\s*)?\d{1,4}(?:\.\d{1,3})*\s*[.):\-]\s+(.+)$`. The capture's start.
    static func numberLabel(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var starts: [Int] = []
        if let l = label(b) {
            starts.append(skipSpaces(b, l))
            if l > 1 { starts.append(skipSpaces(b, 1)) }  // "q" alone, then "uestion" must be digits: fails, kept for order
        }
        starts.append(0)
        for s in starts {
            for p in numbering(b, s) {
                if let capture = labelTail(b, p, separators: ".):-") { return capture }
            }
        }
        return nil
    }

    /// `Patterns.questionLabel`: `^(?i:q|question)\s*[.:]\s+(.+)$`. The capture's start.
    static func questionLabel(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let l = label(b) else { return nil }
        return labelTail(b, l, separators: ".:")
    }

    /// `Patterns.questionLabelled`: `^(?i:q|question)\s*(?:\d{1,4}(?:\.\d{1,3})*)?\s*[.:)\-]\s+\S`.
    static func isLabelled(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let l = label(b) else { return false }
        let s = skipSpaces(b, l)
        // `\s+\S` is `\s+(.+)$` whose capture starts on a byte that is not a space.
        func tail(_ p: Int) -> Bool { labelTail(b, p, separators: ".:)-").map { !isSpace(b[$0]) } ?? false }
        return numbering(b, s).contains(where: tail) || tail(s)
    }

    /// `Patterns.answerLabelMarked` (`^ *([-*+] +)?[*_]{0,2}(?i:answer|a|ans|solution)[ \t]*[:.][*_]{0,2}[ \t]*`)
    /// over ASCII bytes without a line break: the match's length and its list marker's (0 without one), or
    /// nil. Each run is taken whole (a shorter one leaves a byte the next part cannot take), and at most one
    /// word of the alternation is followed by `[ \t]*[:.]` (after "a" comes "n" in the others).
    static func answerLabel(_ b: UnsafeBufferPointer<UInt8>) -> (length: Int, marker: Int)? {
        let n = b.count
        func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        func isEmphasis(_ c: UInt8) -> Bool { c == UInt8(ascii: "*") || c == UInt8(ascii: "_") }
        func word(_ w: StaticString, at i: Int) -> Int? {
            let m = w.utf8CodeUnitCount
            guard n - i >= m else { return nil }
            for k in 0..<m where b[i + k] | 0x20 != w.utf8Start[k] || !(b[i + k] | 0x20 >= 0x61 && b[i + k] | 0x20 <= 0x7A) { return nil }
            return i + m
        }
        /// `[*_]{0,2}(?i:answer|a|ans|solution)[ \t]*[:.][*_]{0,2}[ \t]*` from `j`: where it ends.
        func label(from j: Int) -> Int? {
            var k = j
            while k < n, k - j < 2, isEmphasis(b[k]) { k += 1 }
            for w: StaticString in ["answer", "a", "ans", "solution"] {
                guard var e = word(w, at: k) else { continue }
                while e < n, isBlank(b[e]) { e += 1 }
                guard e < n, b[e] == UInt8(ascii: ":") || b[e] == UInt8(ascii: ".") else { continue }
                e += 1
                let emphasis = e
                while e < n, e - emphasis < 2, isEmphasis(b[e]) { e += 1 }
                while e < n, isBlank(b[e]) { e += 1 }
                return e
            }
            return nil
        }
        var i = 0
        while i < n, b[i] == 0x20 { i += 1 }
        if i + 1 < n, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "*") || b[i] == UInt8(ascii: "+"), b[i + 1] == 0x20 {
            var j = i + 1
            while j < n, b[j] == 0x20 { j += 1 }
            if let end = label(from: j) { return (end, j - i) }
        }
        return label(from: i).map { ($0, 0) }
    }
}
