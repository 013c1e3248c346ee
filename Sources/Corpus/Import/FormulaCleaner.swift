/// Undoes a text-extraction artefact: every formula written twice, first flattened (symbols, minus
/// signs and layout lost: `z=i=1nwixi+b`), then as LaTeX source (`z = \sum_{i=1}^{n} w_{i}x_{i} + b`).
/// Each such pair becomes the formula once, readable: `z = Σᵢ₌₁ⁿ wᵢxᵢ + b`.
///
/// A pair is recognised when a run of text is followed by LaTeX whose letters and digits, flattened,
/// are exactly that run's letters and digits. The LaTeX copy need not hold LaTeX syntax: a plain copy
/// that only restores the signs the flattened one lost (`[0.1,0.1][-0.1, 0.1]`) is a pair too.
/// Inline `$…$` math is rendered too. `DoubledFormula.find` checks that no pair is left.
enum FormulaCleaner {
    static func clean(_ line: String) -> String {
        var articleBudget = Int.max
        return clean(line, articleBudget: &articleBudget)
    }

    /// `clean` with the steps it spends taken from `articleBudget` too (see `articleStepBudget`): a line
    /// gets `stepBudget` steps, or what is left of the article's when that is less. Reading a line that
    /// may hold a formula, and rendering its `$…$` spans, cost steps from the article's budget as well
    /// (`lineCost`, `renderCost`), and once that is spent the article's remaining lines are left as
    /// written, `$…$` too.
    static func clean(_ line: String, articleBudget: inout Int) -> String {
        guard articleBudget > 0 else { return line }
        guard mayHoldSyntax(line) || hasDoubledToken(line) || line.utf8.containsPair(UInt8(ascii: "]"), UInt8(ascii: "[")) && line.contains("][")
            || line.utf8.containsPair(UInt8(ascii: ")"), UInt8(ascii: "(")) && line.contains(")(") else { return line }
        let c = Array(line)
        articleBudget -= lineCost + c.count
        let lastSyntax = LineIndex(c)
        let given = min(stepBudget, max(0, articleBudget))
        var budget = given
        defer { articleBudget -= given - max(0, budget) }
        // The flattened copy's letters, one buffer for every token start (one each cost an allocation).
        var flat: [Character] = []
        flat.reserveCapacity(160)
        // The result's UTF-8, as appending to a String would concatenate it (appending Characters one by
        // one to a String cost a fifth of a long line's time).
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count)
        var i = 0
        while i < c.count {
            if c[i] == "$", let close = c[(i + 1)...].firstIndex(of: "$"), close > i + 1 {
                articleBudget -= renderCost * (close - i)
                out += LaTeX.render(Substring(text(c, (i + 1)..<close))).utf8
                i = close + 1
                continue
            }
            if isTokenStart(lastSyntax.kind, c, i), let (latexStart, end) = findPair(c, i, lastSyntax: lastSyntax, budget: &budget, flat: &flat) {
                out += LaTeX.render(Substring(text(c, latexStart..<end))).utf8
                i = end
                continue
            }
            out += c[i].utf8
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One of `\ _ ^ { $ =` is in the line: a byte test first (these `Character`s are single ASCII
    /// scalars), as the `Character` test costs grapheme breaking on every line of an answer.
    static func mayHoldSyntax(_ line: String) -> Bool {
        guard line.utf8.contains(where: { $0 == 0x5C || $0 == 0x5F || $0 == 0x5E || $0 == 0x7B || $0 == 0x24 || $0 == 0x3D }) else { return false }
        // In plain ASCII every byte is a Character.
        if LineScan.isPlainASCII(line) { return true }
        // Each of these is one ASCII scalar, so only a one-byte Character can be one of them.
        return line.contains(where: { ch in
            ch.utf8.count == 1 && [0x5C, 0x5F, 0x5E, 0x7B, 0x24, 0x3D].contains(ch.utf8.first!)
        })
    }

    /// "bb", "p p": a one-to-three letter symbol written twice, the plainest form of the artefact.
    ///
    /// `(^|[\s(])(\w{1,3}) ?\2([\s.,;:)]|$)`, scanned by hand (see `LineScan`); over the bytes of an
    /// ASCII line without a carriage return (each byte a `Character`), else over its `Character`s.
    static func hasDoubledToken(_ line: String) -> Bool {
        if let fast = asciiHasDoubledToken(line) { return fast }
        // A token starts the line or follows a whitespace `Character` (one that opens with a White_Space
        // scalar) or "(". In a line with neither, a token opens only at its start, and no space can come
        // between the copies: the line is one to three `Character`s written twice, then its end or one of
        // `.,;:)`. Its head says whether it is so before any `Character` is classified (a line of other
        // text, or a lone U+FFFD, is decided without a property look-up).
        if !line.unicodeScalars.contains(where: { LineScan.isWhitespace($0) || $0 == "(" }) {
            let head = Array(line.prefix(7))
            let shaped = (1...3).contains { n in
                head.count >= 2 * n && (0..<n).allSatisfy { sameCharacter(head[$0], head[n + $0]) }
                    && (head.count == 2 * n || [".", ",", ";", ":", ")"].contains(head[2 * n]))
            }
            guard shaped else { return false }
            // And the doubled `Character`s must be word characters: the first says (a line of U+FFFD pairs is none).
            let first = head[0]
            let isUnderscore = first.utf8.count == 1 && first.utf8.first == UInt8(ascii: "_")
            let kind = first.utf8.count == 1 ? LineIndex.asciiKinds[Int(first.utf8.first!)] : LineIndex.classifyWide(first)
            if !isUnderscore, kind & LineIndex.alnum == 0 { return false }
        }
        return classifiedHasDoubledToken(line)
    }

    /// `a == b`, the normalising comparison skipped where the scalars decide: the same UTF-8 is equal, and a
    /// lone ASCII scalar equals no `Character` of several scalars (it has no decomposition, and a mark
    /// changes any base). Single scalars that differ may still be equivalent (the Kelvin sign is "K").
    static func sameCharacter(_ a: Character, _ b: Character) -> Bool {
        if a.utf8.elementsEqual(b.utf8) { return true }
        let aLone = a.utf8.count == 1, bLone = b.utf8.count == 1
        if aLone && bLone { return false }
        if aLone && b.unicodeScalars.count > 1 || bLone && a.unicodeScalars.count > 1 { return false }
        // One ASCII scalar and one other scalar: equal only when the other is one of the three scalars that
        // are canonically an ASCII one (a test checks every scalar).
        if aLone { return asciiEquivalent[b.unicodeScalars.first!.value] == a.utf8.first! }
        if bLone { return asciiEquivalent[a.unicodeScalars.first!.value] == b.utf8.first! }
        return a == b
    }

    /// The scalars outside ASCII that are canonically equivalent to an ASCII one: the Kelvin sign, the
    /// Greek question mark, Greek varia.
    static let asciiEquivalent: [UInt32: UInt8] = [0x212A: UInt8(ascii: "K"), 0x37E: UInt8(ascii: ";"), 0x1FEF: UInt8(ascii: "`")]

    /// `characterHasDoubledToken` with each `Character` classified once (`LineIndex.kinds`, a table for
    /// ASCII), not tested for whitespace and letters again at every start and length it takes part in.
    static func classifiedHasDoubledToken(_ line: String) -> Bool {
        let c = Array(line)
        let kind = LineIndex.kinds(c)
        // A one-scalar ASCII character's byte, else 0 (none of the punctuation tested below).
        let ascii: [UInt8] = c.map { ch in ch.utf8.count == 1 ? ch.utf8.first! : 0 }
        func isWhite(_ k: Int) -> Bool { kind[k] & LineIndex.white != 0 }
        func isWord(_ k: Int) -> Bool { kind[k] & LineIndex.alnum != 0 || ascii[k] == 0x5F }
        func ends(_ k: Int) -> Bool {
            k == c.count || isWhite(k) || ascii[k] == 0x2E || ascii[k] == 0x2C || ascii[k] == 0x3B || ascii[k] == 0x3A || ascii[k] == 0x29
        }
        for start in 0..<c.count where start == 0 || isWhite(start - 1) || ascii[start - 1] == 0x28 {
            var length = 0
            while length < 3, start + length < c.count, isWord(start + length) {
                length += 1
                let copy = start + length
                let gapped = copy < c.count && ascii[copy] == 0x20
                for gap in [1, 0] where gap == 0 || gapped {
                    let from = copy + gap
                    guard from + length <= c.count, ends(from + length) else { continue }
                    if (0..<length).allSatisfy({ c[from + $0] == c[start + $0] }) { return true }
                }
            }
        }
        return false
    }

    /// `hasDoubledToken` over bytes; nil when the line is not plain ASCII. The bytes are read in place
    /// (a copy of every answer line's bytes was most of this test's cost).
    static func asciiHasDoubledToken(_ line: String) -> Bool? {
        line.utf8.withContiguousStorageIfAvailable(asciiHasDoubledToken) ?? Array(line.utf8).withUnsafeBufferPointer(asciiHasDoubledToken)
    }

    static func asciiHasDoubledToken(_ c: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !c.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        func isWord(_ b: UInt8) -> Bool { (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F }
        func ends(_ k: Int) -> Bool {
            k == c.count || isSpace(c[k]) || c[k] == 0x2E || c[k] == 0x2C || c[k] == 0x3B || c[k] == 0x3A || c[k] == 0x29
        }
        func copied(from: Int, _ start: Int, _ length: Int) -> Bool {
            guard from + length <= c.count, ends(from + length) else { return false }
            for k in 0..<length where c[from + k] != c[start + k] { return false }
            return true
        }
        for start in 0..<c.count where start == 0 || isSpace(c[start - 1]) || c[start - 1] == 0x28 {
            var length = 0
            while length < 3, start + length < c.count, isWord(c[start + length]) {
                length += 1
                let copy = start + length
                // The copy one space on, then right after (the regex's ` ?` tries the space first).
                if copy < c.count, c[copy] == 0x20, copied(from: copy + 1, start, length) { return true }
                if copied(from: copy, start, length) { return true }
            }
        }
        return false
    }

    /// `hasDoubledToken` over `Character`s: the reference, and the path for other lines.
    static func characterHasDoubledToken(_ line: String) -> Bool {
        let c = Array(line)
        func isWord(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }
        func ends(_ k: Int) -> Bool { k == c.count || LineScan.isWhitespace(c[k]) || ".,;:)".contains(c[k]) }
        for start in 0..<c.count where start == 0 || LineScan.isWhitespace(c[start - 1]) || c[start - 1] == "(" {
            var length = 0
            while length < 3, start + length < c.count, isWord(c[start + length]) {
                length += 1
                let copy = start + length
                for gap in (copy < c.count && c[copy] == " ") ? [1, 0] : [0] {
                    let from = copy + gap
                    guard from + length <= c.count, ends(from + length) else { continue }
                    if (0..<length).allSatisfy({ c[from + $0] == c[start + $0] }) { return true }
                }
            }
        }
        return false
    }

    static func isTokenStart(_ c: [Character], _ i: Int) -> Bool {
        guard isAlnum(c[i]) || ((c[i] == "[" || c[i] == "(") && (i == 0 || LineScan.isWhitespace(c[i - 1]))) else { return false }
        return i == 0 || LineScan.isWhitespace(c[i - 1]) || c[i - 1] == "(" || c[i - 1] == "["
    }

    /// `isTokenStart` read from the line's classified characters (`LineIndex.kind`).
    static func isTokenStart(_ kind: [UInt8], _ c: [Character], _ i: Int) -> Bool {
        let open = c[i] == "[" || c[i] == "("
        guard kind[i] & LineIndex.alnum != 0 || (open && (i == 0 || kind[i - 1] & LineIndex.white != 0)) else { return false }
        return i == 0 || kind[i - 1] & LineIndex.white != 0 || c[i - 1] == "(" || c[i - 1] == "["
    }

    static func isAlnum(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    /// Looks for flattened text starting at `start` followed by its LaTeX; returns where the LaTeX starts and ends.
    ///
    /// Where the LaTeX copy cannot reach a syntax character (`lastSyntax`), only a doubled symbol or a spaced
    /// copy can pair, so the LaTeX is not matched for spans that cannot be either (this keeps long lines
    /// of repeated words near linear).
    static func findPair(_ c: [Character], _ start: Int) -> (Int, Int)? {
        var budget = stepBudget
        var flat: [Character] = []
        return findPair(c, start, lastSyntax: LineIndex(c), budget: &budget, flat: &flat)
    }

    /// Where LaTeX syntax (`\`, `_`, `^`, `{`) next occurs from each position, and letters and digits
    /// counted from the start: a LaTeX copy holds syntax only if it reaches the next syntax character,
    /// which it cannot when more letters and digits lie before it than the flattened copy has.
    struct LineIndex {
        var nextSyntax: [Int]  // c.count when none
        var alnumBefore: [Int]
        /// Per character, classified once: the pair search looks at each many times.
        var kind: [UInt8]
        static let alnum: UInt8 = 1, space: UInt8 = 2, stop: UInt8 = 4, relation: UInt8 = 8, backslash: UInt8 = 16, letter: UInt8 = 32
        /// `[`, `(` or `-`: where a plain copy that restores lost signs may start.
        static let opener: UInt8 = 64
        /// `Character.isWhitespace`.
        static let white: UInt8 = 128

        /// A character's kind, as `classify` gives it, for each ASCII character (by `asciiValue`; "\r\n" is
        /// none of the kinds, nor is "\n").
        static let asciiKinds: [UInt8] = (0..<128).map { classify(Character(Unicode.Scalar(UInt8($0)))) }

        static func classify(_ ch: Character) -> UInt8 {
            let isLetter = ch.isLetter
            var k: UInt8 = isLetter ? LineIndex.alnum | LineIndex.letter : ch.isNumber ? LineIndex.alnum : 0
            if ch == " " { k |= LineIndex.space }
            if "\\_}$".contains(ch) { k |= LineIndex.stop }
            if "=+<>".contains(ch) { k |= LineIndex.relation }
            if ch == "\\" { k |= LineIndex.backslash }
            if "[(-".contains(ch) { k |= LineIndex.opener }
            if LineScan.isWhitespace(ch) { k |= LineIndex.white }
            return k
        }

        /// `classify` for a character of more than one byte: it equals none of the ASCII characters that
        /// `classify` compares with (only a lone ASCII scalar does; the ASCII singletons U+212A, U+037E and
        /// U+1FEF decompose to none of them), so only its letter, number and whitespace properties count. The
        /// comparisons normalise such a character each time: they were most of a line of U+FFFD's reading.
        static func classifyWide(_ ch: Character) -> UInt8 {
            var k: UInt8 = ch.isLetter ? LineIndex.alnum | LineIndex.letter : ch.isNumber ? LineIndex.alnum : 0
            if LineScan.isWhitespace(ch) { k |= LineIndex.white }
            return k
        }

        /// LaTeX syntax (`\`, `_`, `^`, `{`), for ASCII characters.
        static let asciiSyntax: [Bool] = (0..<128).map { "\\_^{".unicodeScalars.contains(Unicode.Scalar(UInt8($0))) }

        /// `classify` for each character, with a table for the one-byte ones.
        static func kinds(_ c: [Character]) -> [UInt8] {
            let table = LineIndex.asciiKinds
            return c.map { ch in
                if ch.utf8.count == 1, let a = ch.utf8.first { return table[Int(a)] }
                return LineIndex.classifyWide(ch)
            }
        }

        init(_ c: [Character]) {
            nextSyntax = [Int](repeating: c.count, count: c.count + 1)
            alnumBefore = [Int](repeating: 0, count: c.count + 1)
            // A table for ASCII characters: the `Character` tests and string look-ups cost more than the
            // rest of the formula search on a long line (a fuzz profile).
            let syntax = LineIndex.asciiSyntax
            kind = LineIndex.kinds(c)
            for i in 0..<c.count { alnumBefore[i + 1] = alnumBefore[i] + (kind[i] & LineIndex.alnum != 0 ? 1 : 0) }
            for i in stride(from: c.count - 1, through: 0, by: -1) {
                let ch = c[i]
                // (A character of more than one byte is none of these: see `classifyWide`.)
                let isSyntax = ch.utf8.count == 1 && syntax[Int(ch.utf8.first!)]
                nextSyntax[i] = isSyntax ? i : nextSyntax[i + 1]
            }
        }

        /// A LaTeX copy from `from` matching `letters` letters and digits may hold syntax.
        func mayHoldSyntax(from: Int, letters: Int) -> Bool {
            let s = nextSyntax[from]
            return s < nextSyntax.count - 1 && alnumBefore[s] - alnumBefore[from] <= letters
        }
    }

    /// Characters of LaTeX that pair-finding may examine in one line. A pair is found within a few hundred;
    /// a line of thousands of repeated words with some LaTeX in it would otherwise make every word the start
    /// of a long candidate (quadratic). Past the budget the rest of the line is left as written. At about
    /// 0.1 µs a step, a line that spends it all costs about 5 ms; the built-in articles and the real files
    /// tried read the same as with 200,000, and 200 repeated words still leave room for a pair after them
    /// (`doubledSymbolsStillPairOnLongLines`; 40,000 does not).
    static let stepBudget = 50_000

    /// Steps that all the lines of one article may spend together: pair-finding steps and the `Character`s
    /// of the lines read. Each line's budget bounds one line; a file of many such lines (a 4 KB fuzz input
    /// repeated to 60 KB took 74 ms; 64 KB of "$é_i$" lines 25 ms) needs a bound of its own. The built-in
    /// articles spend far less (`articleBudgetIsNotReachedByTheArticles`: at most about 10,000).
    public static let articleStepBudget = 60_000

    /// What reading a line costs from the article's budget besides a step per `Character`, and what
    /// rendering a `$…$` span costs per `Character` in it: in steps of about the same time as a pair-finding
    /// step (measured on 64 KB of "$é_i$" lines).
    static let lineCost = 8, renderCost = 4

    /// `flat` is a buffer for the flattened copy's letters and digits (emptied here).
    static func findPair(_ c: [Character], _ start: Int, lastSyntax: LineIndex, budget: inout Int, flat: inout [Character]) -> (Int, Int)? {
        guard budget > 0 else { return nil }
        flat.removeAll(keepingCapacity: true)
        var j = start
        var spaced = false  // x holds a space
        var relation = false  // x holds one of = + < >
        let kind = lastSyntax.kind
        let copyStart = LineIndex.alnum | LineIndex.backslash | LineIndex.opener
        while j < c.count, j - start < 160 {
            let k = kind[j]
            if k & LineIndex.stop != 0 { return nil }  // the flattened copy never holds LaTeX syntax
            if k & LineIndex.alnum != 0 { flat.append(c[j]) }
            if k & LineIndex.space != 0 {
                spaced = true
                // Only a copy holding syntax can pair from here on; it holds no more letters than this span's
                // (at most 160) and starts right after it, so syntax beyond 2 × 160 + 1 letters is out of reach.
                let s = lastSyntax.nextSyntax[j]
                if s == c.count || lastSyntax.alnumBefore[s] - lastSyntax.alnumBefore[start] > 321 { return nil }
            }
            if k & LineIndex.relation != 0 { relation = true }
            j += 1
            guard j < c.count, !flat.isEmpty else { continue }
            // The LaTeX copy starts right after the flattened one, or after one space.
            let latexStart = kind[j] & LineIndex.space != 0 ? j + 1 : j
            guard latexStart < c.count, latexStart == j + 1 || kind[j] & copyStart != 0,
                kind[latexStart] & copyStart != 0
            else { continue }
            // Which of the four tests below could pass (`x.count <= 3` needs at most 3 Characters here; a copy
            // restoring signs follows a bracketed flattened copy).
            guard (!spaced && (j - start <= 3 || relation || c[start] == "[" || c[start] == "("))
                || lastSyntax.mayHoldSyntax(from: latexStart, letters: flat.count)
            else { continue }
            // A copy that starts with a letter or digit other than the flattened copy's first fails at its first
            // step: the step is spent as `matchLaTeX` would spend it, without setting the search up.
            if kind[latexStart] & LineIndex.alnum != 0, c[latexStart] != flat[0] {
                budget -= 1
                continue
            }
            if let steps = plainMismatch(c, from: latexStart, flattened: flat, kind: kind) {
                budget = budget > 0 ? max(0, budget - steps) : budget - 1
                continue
            }
            if let end = matchLaTeX(c, from: latexStart, flattened: flat, kind: kind, budget: &budget) {
                // The four tests on the two copies as slices of `c` (no String is built per candidate: a long
                // line of repeated tokens offers thousands).
                let x = c[start..<j], y = c[latexStart..<end]
                // A copy that starts at a bracket must close it: "(n1n \\geq 1)" keeps its "(".
                if c[start] == "[", !x.contains("]") { continue }
                if c[start] == "(", !x.contains(")") { continue }
                let hasSyntax = y.contains { $0 == "\\" || $0 == "_" || $0 == "^" || $0 == "{" }
                let xSpaced = x.contains(" ")
                let doubledSymbol = x.count <= 3 && !xSpaced && x.elementsEqual(y)
                let spacedCopy = !xSpaced && y.contains(" ") && y.lazy.filter { $0 != " " }.elementsEqual(x)
                    && x.contains { $0 == "=" || $0 == "+" || $0 == "<" || $0 == ">" }
                if hasSyntax || doubledSymbol || spacedCopy || (!xSpaced && restoresSigns(flattened: x, copy: y)) { return (latexStart, end) }
            }
        }
        return nil
    }

    /// True when `copy`, spaces aside, is `flattened` with minus or plus signs put back: the flattened
    /// copy of a plain formula such as `[-0.1, 0.1]` drops its signs (`[0.1,0.1]`).
    static func restoresSigns(flattened x: ArraySlice<Character>, copy y: ArraySlice<Character>) -> Bool {
        guard x.contains(where: \.isNumber), !x.contains(" ") else { return false }
        guard y.count(where: { $0 != " " }) > x.count else { return false }
        var k = x.startIndex
        for ch in y where ch != " " {
            if k < x.endIndex, ch == x[k] { k += 1 } else if !(ch == "-" || ch == "−" || ch == "+") { return false }
        }
        return k == x.endIndex
    }

    /// The steps `matchLaTeX(c, from:, flattened:)` spends before it gives nil, when it must, found without
    /// it; nil when it may match or its answer is not so plain.
    ///
    /// Until the first backslash the LaTeX copy flattens to its letters and digits as they are (braces and
    /// scripts add none, and only a command can start a skipped group), and `matchLaTeX` takes one character
    /// a step. So a letter or digit that differs from the flattened copy's, before a backslash, within 400
    /// characters and before all of the flattened copy is matched, makes it give nil at that letter's step;
    /// reaching 400 characters or the end of the line first, at the last step. A line of a word repeated
    /// before some LaTeX makes long candidates that fail only at the LaTeX: `matchLaTeX` cost most of it.
    static func plainMismatch(_ c: [Character], from: Int, flattened: [Character], kind: [UInt8]) -> Int? {
        var q = 0
        var pos = from
        while pos < c.count, pos - from < 400 {
            let k = kind[pos]
            if k & LineIndex.backslash != 0 { return nil }
            if k & LineIndex.alnum != 0 {
                if c[pos] != flattened[q] { return pos + 1 - from }
                q += 1
                if q == flattened.count { return nil }
            }
            pos += 1
        }
        return pos - from
    }

    /// `String(c[range])`, written from the bytes when each character is one ASCII byte (a command's name
    /// nearly always): appending `Character`s one at a time cost a tenth of the pair search.
    static func text(_ c: [Character], _ range: Range<Int>) -> String {
        var ascii = true
        let s = String(unsafeUninitializedCapacity: range.count) { out in
            var n = 0
            for k in range {
                let u = c[k].utf8
                guard u.count == 1 else { ascii = false; return 0 }
                out[n] = u.first!
                n += 1
            }
            return n
        }
        return ascii ? s : String(c[range])
    }

    /// Where LaTeX starting at `from` ends if its flattened letters and digits are exactly `flattened`.
    static func matchLaTeX(_ c: [Character], from: Int, flattened: [Character]) -> Int? {
        var budget = Int.max
        return matchLaTeX(c, from: from, flattened: flattened, kind: LineIndex(c).kind, budget: &budget)
    }

    static func matchLaTeX(_ c: [Character], from: Int, flattened: [Character], kind: [UInt8], budget: inout Int) -> Int? {
        func isLetter(_ i: Int) -> Bool { kind[i] & LineIndex.letter != 0 }
        func isBackslash(_ i: Int) -> Bool { kind[i] & LineIndex.backslash != 0 }
        // Grow the span one character at a time (never cutting a \command) until its letters and digits
        // equal the flattened copy's; stop at the first mismatch.
        // The span's tokens are read once, as it grows: `flat` holds what its finished tokens flatten to,
        // and only the last token, which the next character may still extend, is flattened again.
        var end = from
        var stop: Int? = nil
        var flat = LaTeX.Flattener()
        flat.out.reserveCapacity(flattened.count)
        var next = from  // first character not yet in a finished token
        var letterRun = from  // where the run of letters ending at end - 1 starts
        var checked = 0  // letters of `flat.out` known to equal `flattened`
        while end < c.count, end - from < 400 {
            end += 1
            budget -= 1
            guard budget > 0 else { return nil }
            if end - 1 == from || !isLetter(end - 1) || !isLetter(end - 2) { letterRun = end - 1 }
            // (`kind` answers the `Character` comparisons: a backslash is its own kind, and a letter or digit
            // is a plain character token; comparing `Character`s cost most of each step.)
            if end < c.count, isBackslash(end - 1) { continue }
            if end < c.count, isLetter(end - 1), isLetter(end), letterRun > from, isBackslash(letterRun - 1) { continue }
            var pending: LaTeX.Token? = nil
            while next < end {
                if isBackslash(next) {
                    guard next + 1 < end else { pending = .char("\\"); break }
                    if isLetter(next + 1) {
                        var q = next + 1
                        while q < end, isLetter(q) { q += 1 }
                        // A name longer than any the flattener knows adds nothing: no String is built for it
                        // (a long run of letters after a backslash built one at every step).
                        let known = q - next - 1 <= LaTeX.longestFlattenedName
                        guard q < end else {
                            if known { pending = .command(text(c, (next + 1)..<end)) }
                            break
                        }
                        if known { flat.add(.command(text(c, (next + 1)..<q))) }
                        next = q
                    } else {
                        flat.add(.command(String(c[next + 1])))
                        next += 2
                    }
                    continue
                }
                // A space or other whitespace is a `.char` token that `add` ignores (it is neither a letter nor
                // a group's brace): skipped without making the token.
                if kind[next] & LineIndex.alnum != 0 {
                    flat.addAlnum(c[next])
                } else if kind[next] & (LineIndex.space | LineIndex.white) == 0 {
                    flat.add(LaTeX.token(c[next]))
                }
                next += 1
            }
            // Compare only what is new: the finished tokens' letters once each, the pending token's every time.
            if flat.out.count > flattened.count { return nil }
            while checked < flat.out.count {
                guard flat.out[checked] == flattened[checked] else { return nil }
                checked += 1
            }
            let extra = pending.map { flat.adding($0) } ?? []
            if flat.out.count + extra.count > flattened.count { return nil }
            for (k, ch) in extra.enumerated() where flattened[flat.out.count + k] != ch { return nil }
            if flat.out.count + extra.count == flattened.count { stop = end; break }
        }
        guard var stop else { return nil }
        // The match must end a token: not in the middle of a word.
        if stop < c.count, LaTeX.isAlnum(c[stop]), LaTeX.isAlnum(c[stop - 1]) { return nil }
        // Take what closes the formula: braces, parentheses it opened, \right), \end{…}.
        // (Counted on the characters themselves: a String of them has the same ones, and building it cost
        // as much as the match on a long line of repeated words.)
        let span = c[from..<stop]
        var openParens = span.count { $0 == "(" || $0 == "[" } - span.count { $0 == ")" || $0 == "]" }
        while true {
            var k = stop
            while k < c.count, c[k] == " " { k += 1 }
            guard k < c.count else { break }
            if c[k] == "}" { stop = k + 1; continue }
            if openParens > 0, c[k] == ")" || c[k] == "]" { openParens -= 1; stop = k + 1; continue }
            if c[k] == "\\" {
                var e = k + 1
                while e < c.count, c[e].isLetter { e += 1 }
                let name = Self.text(c, (k + 1)..<e)
                if name == "right", e < c.count { stop = e + 1; continue }
                if name == "end", e < c.count, c[e] == "{", let close = c[e...].firstIndex(of: "}") { stop = close + 1; continue }
                if name == "quad" || name == "qquad" { stop = e; continue }
            }
            break
        }
        return stop
    }
}
