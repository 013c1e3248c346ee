/// Markdown inline markup taken out of a line in one pass each, in time linear in the line: the
/// hand-written forms of `Patterns.image`, `.link`, `.bold`, `.escape` and `.tag` under `replacing`.
///
/// The regexes backtrack: from every `[` the link pattern scans to the next `]`, and fails there when
/// no `(` follows, so a 64 KB line of `[` took seconds (a fuzz finding). Here the next `]` and `)` from
/// each position are found once. Tests compare each function with its regex.
enum InlineMarkup {
    /// `![alt](url)` removed: `!\[[^\]]*\]\([^)]*\)`.
    static func removingImages(_ s: String) -> String {
        replacingBracketed(s, bang: true) { _ in [] }
    }

    /// `[text](url)` replaced by `text`: `\[([^\]]*)\]\([^)]*\)` with its capture.
    static func replacingLinks(_ s: String) -> String {
        replacingBracketed(s, bang: false) { $0 }
    }

    /// Every match of `!?\[[^\]]*\]\([^)]*\)` (leftmost first, not overlapping) replaced by `replacement`
    /// of the bracketed text. A match from `[` ends at the first `]` after it, which must be followed by
    /// `(`, and then at the first `)`: the next `]` and `)` from each position are computed once.
    static func replacingBracketed(_ s: String, bang: Bool, _ replacement: (ArraySlice<Character>) -> ArraySlice<Character>) -> String {
        let c = Array(s)
        let n = c.count
        var nextBracket = [Int](repeating: n, count: n + 1)
        var nextParen = [Int](repeating: n, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            nextBracket[i] = c[i] == "]" ? i : nextBracket[i + 1]
            nextParen[i] = c[i] == ")" ? i : nextParen[i + 1]
        }
        var out: [Character] = []
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            var open = i
            if bang {
                guard c[i] == "!", i + 1 < n else { out.append(c[i]); i += 1; continue }
                open = i + 1
            }
            if c[open] == "[" {
                let close = nextBracket[open + 1]
                if close + 1 < n, c[close + 1] == "(" {
                    let end = nextParen[close + 2]
                    if end < n {
                        out += replacement(c[(open + 1)..<close])
                        i = end + 1
                        continue
                    }
                }
            }
            out.append(c[i])
            i += 1
        }
        return String(out)
    }

    /// `**` and `__` removed: `\*\*|__`, leftmost first, so `***` keeps one `*`.
    static func removingBold(_ s: String) -> String {
        let c = Array(s)
        var out: [Character] = []
        out.reserveCapacity(c.count)
        var i = 0
        while i < c.count {
            if i + 1 < c.count, c[i] == c[i + 1], c[i] == "*" || c[i] == "_" { i += 2; continue }
            out.append(c[i])
            i += 1
        }
        return String(out)
    }

    /// A backslash escape replaced by the character it escapes: `\\([\\`*_{}\[\]()#+\-.!])`. Found from
    /// each "\\" byte, where a `Character` "\\" starts (a combining mark after it makes another `Character`),
    /// rather than by splitting the whole line into `Character`s; `characterRemovingEscapes` is the reference.
    static func removingEscapes(_ s: String) -> String {
        let u = s.utf8
        var out = ""
        var copied = s.startIndex
        var i = u.startIndex
        while let slash = u[i...].firstIndex(of: UInt8(ascii: "\\")) {
            i = u.index(after: slash)
            // The `Character` at the byte is "\\" when it is that byte alone (a mark after it makes another).
            guard let c = String.Index(slash, within: s), s[c].utf8.count == 1 else { continue }
            let next = s.index(after: c)
            guard next < s.endIndex, isEscapable(s[next]) else { continue }
            out += s[copied..<c]
            out.append(s[next])
            copied = s.index(after: next)
            i = copied
        }
        if copied == s.startIndex { return s }
        out += s[copied...]
        return out
    }

    /// The `Character` is one the escape regex takes after "\\": a lone ASCII scalar of "\\`*_{}[]()#+-.!".
    /// The regex's class takes no other `Character` (not even U+1FEF GREEK VARIA, which `String.contains`
    /// finds equal to "`": a test checks the scalars where such equivalents lie), so `contains`, which
    /// normalised every `Character` that is not ASCII for each comparison, is not asked.
    static func isEscapable(_ ch: Character) -> Bool {
        let u = ch.utf8
        return u.count == 1 && escapable[Int(u.first!)]
    }

    /// `removingEscapes` `Character` by `Character`: the reference.
    static func characterRemovingEscapes(_ s: String) -> String {
        let c = Array(s)
        var out: [Character] = []
        out.reserveCapacity(c.count)
        var i = 0
        while i < c.count {
            if c[i] == "\\", i + 1 < c.count, isEscapable(c[i + 1]) {
                out.append(c[i + 1])
                i += 2
                continue
            }
            out.append(c[i])
            i += 1
        }
        return String(out)
    }

    // MARK: Plain ASCII bytes

    /// The same functions over the bytes of plain ASCII text (no byte ≥ 0x80, no carriage return), where each
    /// byte is one `Character`: no `[Character]` array and no string per step. `ArticleReader.inlineText`
    /// uses them for such lines; tests compare them with the regexes.
    static func asciiRemovingImages(_ b: [UInt8]) -> [UInt8] {
        asciiReplacingBracketed(b, bang: true, keepText: false)
    }

    static func asciiReplacingLinks(_ b: [UInt8]) -> [UInt8] {
        asciiReplacingBracketed(b, bang: false, keepText: true)
    }

    /// `replacingBracketed` over bytes: a match's bracketed text kept (`keepText`) or dropped.
    static func asciiReplacingBracketed(_ c: [UInt8], bang: Bool, keepText: Bool) -> [UInt8] {
        let n = c.count
        var nextBracket = [Int](repeating: n, count: n + 1)
        var nextParen = [Int](repeating: n, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            nextBracket[i] = c[i] == UInt8(ascii: "]") ? i : nextBracket[i + 1]
            nextParen[i] = c[i] == UInt8(ascii: ")") ? i : nextParen[i + 1]
        }
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var i = 0
        while i < n {
            var open = i
            if bang {
                guard c[i] == UInt8(ascii: "!"), i + 1 < n else { out.append(c[i]); i += 1; continue }
                open = i + 1
            }
            if c[open] == UInt8(ascii: "[") {
                let close = nextBracket[open + 1]
                if close + 1 < n, c[close + 1] == UInt8(ascii: "(") {
                    let end = nextParen[close + 2]
                    if end < n {
                        if keepText { out += c[(open + 1)..<close] }
                        i = end + 1
                        continue
                    }
                }
            }
            out.append(c[i])
            i += 1
        }
        return out
    }

    static func asciiRemovingBold(_ c: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(c.count)
        var i = 0
        while i < c.count {
            if i + 1 < c.count, c[i] == c[i + 1], c[i] == UInt8(ascii: "*") || c[i] == UInt8(ascii: "_") { i += 2; continue }
            out.append(c[i])
            i += 1
        }
        return out
    }

    /// The bytes `removingEscapes` unescapes: ``\`*_{}[]()#+-.!``.
    static let escapable: [Bool] = (0..<256).map { "\\`*_{}[]()#+-.!".utf8.contains(UInt8($0)) }

    static func asciiRemovingEscapes(_ c: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(c.count)
        var i = 0
        while i < c.count {
            if c[i] == UInt8(ascii: "\\"), i + 1 < c.count, escapable[Int(c[i + 1])] {
                out.append(c[i + 1])
                i += 2
                continue
            }
            out.append(c[i])
            i += 1
        }
        return out
    }

    /// Inline HTML tags (`<b>`, `</span>`, …) removed: `Patterns.tag`, scanned by `TagScan` for ASCII
    /// lines (the regex's set-up cost per line dominated a fuzz profile). A match ends at the first `>`
    /// after its `<`, so none starts after the line's last `>`: the regex runs only up to it, where
    /// every `<` that begins a tag name reaches a `>` and every other position fails at once (the
    /// backtracking cost was a scan to the end of the line from each `<b` with no `>` after it).
    static func removingTags(_ s: String) -> String {
        if let fast = TagScan.removingTags(s) { return fast }
        return piecewiseRemovingTags(s)
    }

    /// `removingTags` for text `TagScan` declines (not ASCII), cut into pieces that each end with a ">"
    /// `Character`. A match is `<`, a name and `[^>]*>`: it ends at the first ">" after its `<`, so it lies
    /// in one piece, at most one per piece, and it starts at the piece's first `<` where the pattern matches
    /// (the regex is tried there alone, `prefixMatch`). A 64 KB line with one tag near its start had the
    /// regex searching from every position up to the tag (the word-boundary test cost most of it).
    static func piecewiseRemovingTags(_ s: String) -> String {
        let u = s.utf8
        var out = ""
        var pieceStart = s.startIndex
        var i = u.startIndex
        while let gt = u[i...].firstIndex(of: UInt8(ascii: ">")) {
            i = u.index(after: gt)
            // A ">" byte followed by a combining mark is not the `Character` ">": `[^>]` matches it.
            guard let c = String.Index(gt, within: s), s[c] == ">" else { continue }
            out += removingTag(in: s[pieceStart..<i], of: s)
            pieceStart = i
        }
        out += s[pieceStart...]
        return out
    }

    /// A piece of `s` ending with ">", without its tag (the first `<` where `Patterns.tag` matches to its end).
    static func removingTag(in piece: Substring, of s: String) -> Substring {
        let u = piece.utf8
        var j = u.startIndex
        while let lt = u[j...].firstIndex(of: UInt8(ascii: "<")) {
            j = u.index(after: lt)
            guard let c = String.Index(lt, within: s), s[c] == "<" else { continue }
            // From a "<" to the piece's end in ASCII, each byte is a `Character` (the last, ">", is one by
            // the piece's cut) and that ">" is the span's only one: `TagScan` decides over the bytes whether
            // the tag runs to it, unless the word boundary after the name is unsure. (A 60 KB line of `<br>`
            // with other text in it asked the regex's set-up once per tag: three quarters of its reading.)
            let span = u[lt...]
            if !span.contains(where: { $0 >= 0x80 || $0 == 0x0D }),
               let starts = TagScan.tagStart(Array(span), 0, names: TagScan.inlineNames, caseless: false) {
                if starts { return piece[..<c] }
                continue
            }
            guard let m = piece[c...].prefixMatch(of: Patterns.tag) else { continue }
            return piece[..<c] + piece[m.range.upperBound...]
        }
        return piece
    }

    /// `removingTags` by the regex: the reference, and the path for text `TagScan` declines.
    static func regexRemovingTags(_ s: String) -> String {
        guard let last = s.lastIndex(of: ">") else { return s }
        let head = s[...last]
        guard head.contains("<") else { return s }
        return String(head.replacing(Patterns.tag, with: "")) + s[s.index(after: last)...]
    }
}
