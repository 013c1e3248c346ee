import Corpus

/// `ArticleReader.referenceStep` over bytes: what one Markdown line outside a callout is (a fence, a fenced
/// line, a comment's line, a rule, chrome, or a line of text with its heading level, list marker, indent
/// and emphasis).
///
/// Article files of tens of thousands of short lines spent most of their time here: the reference trims,
/// slices and tests the line `Character` by `Character` and builds several strings per line. In a line whose
/// scalars are each a `Character` and none outside ASCII whitespace (`LineScan.bytesAreCharacters`: plain
/// ASCII, most text of other scripts) each ASCII byte is one `Character` and the whitespace is U+0009–U+000D
/// and the space, so byte tests give the same answers. Other lines are read over their `Character`s folded
/// to one byte each. The rare lines that open an HTML comment take the reference path (`step` returns nil).
enum MarkdownLineBytes {
    typealias Step = ArticleReader.Step
    typealias MarkedLine = ArticleReader.MarkedLine

    static func step(_ line: String, inFence: Bool, inComment: Bool) -> Step? {
        line.utf8.withContiguousStorageIfAvailable { b in
            if LineScan.bytesAreCharacters(b, loneCarriageReturns: true) { return step(line, bytes: b, inFence: inFence, inComment: inComment) }
            // Other lines (a mark on a letter, a Prepend scalar, "\r\n"): over their `Character`s folded to one
            // byte each (`FoldedHead`). A lone ASCII scalar is its byte; a whitespace `Character` that is not
            // one is a vertical tab (whitespace, trimmed, but neither indent nor the space after "#" or a list
            // marker, as " \u{301}" is not; a line break to the emphasis test, which then asks the regex, as
            // for "\r\n"); any other is 0x80, which no test here takes.
            let head = FoldedHead(line) { c in LineScan.isWhitespace(c) ? 0x0B : 0x80 }
            return head.bytes.withUnsafeBufferPointer { step(line, bytes: $0, offsets: head.offsets, inFence: inFence, inComment: inComment) }
        } ?? nil
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    /// `b`: the bytes of `line`, a line whose ASCII bytes are whole `Character`s and whose other scalars are no
    /// whitespace (`LineScan.bytesAreCharacters`), or its folded `Character`s, each at its UTF-8 offset in
    /// `offsets`. Every test here is of ASCII `Character`s, and the line's text goes to `inlineText` and
    /// `isChromeText`, which read text that is not ASCII themselves. Nil for an HTML comment's first line.
    static func step(_ line: String, bytes b: UnsafeBufferPointer<UInt8>, offsets: [Int]? = nil, inFence: Bool, inComment: Bool) -> Step? {
        let n = b.count
        // An empty line, the commonest: a fenced line in a fence, nothing in a comment, else a blank line.
        if n == 0 { return inComment && !inFence ? .skip : .line(MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: inFence)) }
        var start = 0, end = n
        while start < end, isSpace(b[start]) { start += 1 }
        while end > start, isSpace(b[end - 1]) { end -= 1 }
        let lo = start, hi = end  // constants: the closures below capture them without an access check
        func has(_ prefix: StaticString, at i: Int) -> Bool {
            let p = prefix.utf8Start, m = prefix.utf8CodeUnitCount
            guard hi - i >= m else { return false }
            for k in 0..<m where b[i + k] != p[k] { return false }
            return true
        }
        func string(_ from: Int, _ to: Int) -> String {
            if from == 0 && to == n { return line }
            guard let offsets else { return String(decoding: UnsafeBufferPointer(rebasing: b[from..<to]), as: UTF8.self) }
            let u = line.utf8
            let start = u.index(u.startIndex, offsetBy: from < n ? offsets[from] : u.count)
            let end = u.index(u.startIndex, offsetBy: to < n ? offsets[to] : u.count)
            return String(Substring(u[start..<end]))
        }
        if has("```", at: lo) || has("~~~", at: lo) {
            return .line(MarkedLine(text: line, heading: 0, emphasised: false, listItem: false, indent: 0, fence: true, inFence: inFence))
        }
        if inFence {
            return .line(MarkedLine(text: line, heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: true))
        }
        if inComment {
            return (lo..<hi).contains { has("-->", at: $0) } ? .commentEnds : .skip
        }
        if has("<!--", at: lo) { return nil }  // an id comment or a comment's first line: rare, the reference reads it
        let first = lo < hi ? b[lo] : 0
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_"), hi - lo >= 3,
           !b[lo..<hi].contains(where: { $0 != first && $0 != 0x20 }) {
            return .line(MarkedLine(text: "", heading: 0, emphasised: false, listItem: false, indent: 0, fence: false, inFence: false, rule: true))
        }
        var indent = 0
        while indent < n, b[indent] == 0x20 || b[indent] == 0x09 { indent += 1 }
        var t = lo
        var heading = 0
        while t < hi, b[t] == UInt8(ascii: "#"), heading < 7 { heading += 1; t += 1 }
        if heading > 0, t == hi || b[t] != 0x20 { heading = 0; t = lo }  // "#hashtag"
        var listItem = false
        if heading == 0, t + 1 < hi, b[t] == UInt8(ascii: "-") || b[t] == UInt8(ascii: "*") || b[t] == UInt8(ascii: "+"), isSpace(b[t + 1]) {
            listItem = true
            t += 2
        }
        while t < hi, isSpace(b[t]) { t += 1 }
        // `inlineText` returns a line without one of `[*_!<\` as it is.
        let inner = string(t, hi)
        let markup = b[t..<hi].contains { $0 == 0x5B || $0 == 0x2A || $0 == 0x5F || $0 == 0x21 || $0 == 0x3C || $0 == 0x5C }
        var text = markup ? ArticleReader.inlineText(inner) : inner
        // "{#anchor}" (the pattern needs its "{#": without them, no replacement).
        if heading > 0, text.utf8.last == UInt8(ascii: "}"), text.utf8.containsPair(UInt8(ascii: "{"), UInt8(ascii: "#")) {
            text = removingAnchor(text)
        }
        let emphasised = hi - t >= 2 && b[t] == b[t + 1] && (b[t] == UInt8(ascii: "*") || b[t] == UInt8(ascii: "_"))
            && (b[t..<hi].contains { $0 >= 0x0A && $0 <= 0x0D } ? ArticleReader.isEmphasised(inner) : isEmphasised(b[t..<hi]))
        // `isChrome`'s tests on the raw line, each behind a byte test it implies.
        if b[lo..<hi].containsPair(UInt8(ascii: "]"), UInt8(ascii: "(")) || has("![", at: lo),
           ArticleReader.isChromeMarkup(raw: string(lo, hi)) { return .chrome }
        if ArticleReader.isChromeText(text) { return .chrome }
        return .line(MarkedLine(text: text, heading: heading, emphasised: emphasised, listItem: listItem, indent: indent, fence: false, inFence: false))
    }

    /// `text.replacing(Patterns.anchor, with: "")` (`\s*\{#[^}]*\}$`) over the bytes of ASCII text without
    /// a line break (else the regex), where `.` and `$` are plain, `\s` is the space or the tab. A match ends the
    /// text, so there is one at most; its "{#" is the first after the text's last "}" but one, and it takes
    /// the spaces before it. The regex searched from every position of a heading ending in "}".
    static func removingAnchor(_ text: String) -> String {
        let cut = text.utf8.withContiguousStorageIfAvailable { b -> Int?? in
            guard !b.contains(where: { $0 >= 0x80 || ($0 >= 0x0A && $0 <= 0x0D) }) else { return nil }
            let n = b.count
            guard n >= 3, b[n - 1] == UInt8(ascii: "}") else { return .some(nil) }
            var q = n - 2
            while q >= 0, b[q] != UInt8(ascii: "}") { q -= 1 }
            q += 1  // after the last "}" but one
            while q + 2 < n, !(b[q] == UInt8(ascii: "{") && b[q + 1] == UInt8(ascii: "#")) { q += 1 }
            guard q + 2 < n else { return .some(nil) }
            while q > 0, b[q - 1] == 0x20 || b[q - 1] == 0x09 { q -= 1 }
            return .some(q)
        }
        switch cut {
        case .some(.some(.some(let q))): return String(decoding: text.utf8.prefix(q), as: UTF8.self)
        case .some(.some(.none)): return text
        default: return text.replacing(Patterns.anchor, with: "")
        }
    }

    /// `ArticleReader.isEmphasised` (its byte test and `Patterns.emphasised`,
    /// `^(\*\*|__)(?:Q\d+[.:]?\s*|\d+[.)]\s*)?[^*_].*(\*\*|__)[:.]?$`) over ASCII bytes without a line break
    /// (where `.` is any byte). The optional label never decides: it starts on a byte that is not `*` or `_`,
    /// which `[^*_]` takes as well; so a match is the opening pair, a third byte that is not `*` or `_`, and a
    /// closing pair (then perhaps `:` or `.`) that starts after it.
    static func isEmphasised(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let n = s.count
        func at(_ i: Int) -> UInt8 { s[s.startIndex + i] }
        func isPair(_ i: Int) -> Bool { at(i) == at(i + 1) && (at(i) == UInt8(ascii: "*") || at(i) == UInt8(ascii: "_")) }
        guard n >= 5, isPair(0), at(2) != UInt8(ascii: "*"), at(2) != UInt8(ascii: "_") else { return false }
        if isPair(n - 2) { return true }
        return n >= 6 && (at(n - 1) == UInt8(ascii: ":") || at(n - 1) == UInt8(ascii: ".")) && isPair(n - 3)
    }
}

extension Slice<UnsafeBufferPointer<UInt8>> {
    /// The bytes `a` then `b` occur next to each other.
    func containsPair(_ a: UInt8, _ b: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in self {
            if byte == b, previous == a { return true }
            previous = byte
        }
        return false
    }
}
