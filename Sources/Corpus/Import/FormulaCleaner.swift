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
        guard line.contains(where: { "\\_^{$=".contains($0) }) || hasDoubledToken(line) || line.contains("][")
            || line.contains(")(") else { return line }
        let c = Array(line)
        var out = ""
        var i = 0
        while i < c.count {
            if c[i] == "$", let close = c[(i + 1)...].firstIndex(of: "$"), close > i + 1 {
                out += LaTeX.render(Substring(String(c[(i + 1)..<close])))
                i = close + 1
                continue
            }
            if isTokenStart(c, i), let (latexStart, end) = findPair(c, i) {
                out += LaTeX.render(Substring(String(c[latexStart..<end])))
                i = end
                continue
            }
            out.append(c[i])
            i += 1
        }
        return out
    }

    /// "bb", "p p": a one-to-three letter symbol written twice, the plainest form of the artefact.
    static func hasDoubledToken(_ line: String) -> Bool {
        line.firstMatch(of: /(^|[\s(])(\w{1,3}) ?\2([\s.,;:)]|$)/) != nil
    }

    static func isTokenStart(_ c: [Character], _ i: Int) -> Bool {
        guard isAlnum(c[i]) || ((c[i] == "[" || c[i] == "(") && (i == 0 || c[i - 1].isWhitespace)) else { return false }
        return i == 0 || c[i - 1].isWhitespace || c[i - 1] == "(" || c[i - 1] == "["
    }

    static func isAlnum(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    /// Looks for flattened text starting at `start` followed by its LaTeX; returns where the LaTeX starts and ends.
    static func findPair(_ c: [Character], _ start: Int) -> (Int, Int)? {
        var flat: [Character] = []
        var j = start
        while j < c.count, j - start < 160 {
            let ch = c[j]
            if "\\_}$".contains(ch) { return nil }  // the flattened copy never holds LaTeX syntax
            if isAlnum(ch) { flat.append(ch) }
            j += 1
            guard j < c.count, !flat.isEmpty else { continue }
            // The LaTeX copy starts right after the flattened one, or after one space.
            let latexStart = c[j] == " " ? j + 1 : j
            guard latexStart < c.count, latexStart == j + 1 || isAlnum(c[j]) || "\\[(-".contains(c[j]),
                isAlnum(c[latexStart]) || "\\[(-".contains(c[latexStart])
            else { continue }
            if let end = matchLaTeX(c, from: latexStart, flattened: flat) {
                let x = String(c[start..<j]), y = String(c[latexStart..<end])
                // A copy that starts at a bracket must close it: "(n1n \\geq 1)" keeps its "(".
                if c[start] == "[", !x.contains("]") { continue }
                if c[start] == "(", !x.contains(")") { continue }
                let hasSyntax = y.contains { "\\_^{".contains($0) }
                let doubledSymbol = x == y && x.count <= 3 && !x.contains(" ")
                let spacedCopy = !x.contains(" ") && y.contains(" ") && y.filter { $0 != " " } == x
                    && x.contains { "=+<>".contains($0) }
                if hasSyntax || doubledSymbol || spacedCopy || restoresSigns(flattened: x, copy: y) { return (latexStart, end) }
            }
        }
        return nil
    }

    /// True when `copy`, spaces aside, is `flattened` with minus or plus signs put back: the flattened
    /// copy of a plain formula such as `[-0.1, 0.1]` drops its signs (`[0.1,0.1]`).
    static func restoresSigns(flattened x: String, copy y: String) -> Bool {
        guard x.contains(where: \.isNumber), !x.contains(" ") else { return false }
        let ys = Array(y.filter { $0 != " " })
        let xs = Array(x)
        guard ys.count > xs.count else { return false }
        var k = 0
        for ch in ys {
            if k < xs.count, ch == xs[k] { k += 1 } else if !"-−+".contains(ch) { return false }
        }
        return k == xs.count
    }

    /// Where LaTeX starting at `from` ends if its flattened letters and digits are exactly `flattened`.
    static func matchLaTeX(_ c: [Character], from: Int, flattened: [Character]) -> Int? {
        // Grow the span one character at a time (never cutting a \command) until its letters and digits
        // equal the flattened copy's; stop at the first mismatch.
        var end = from
        var stop: Int? = nil
        while end < c.count, end - from < 400 {
            end += 1
            if end < c.count, c[end - 1] == "\\" { continue }
            if end < c.count, c[end - 1].isLetter, c[end].isLetter, commandStarts(c, from: from, before: end) { continue }
            let flat = LaTeX.flattenedAlphanumerics(LaTeX.tokenize(Substring(String(c[from..<end])))[...])
            if flat.count > flattened.count || flat != Array(flattened.prefix(flat.count)) { return nil }
            if flat == flattened { stop = end; break }
        }
        guard var stop else { return nil }
        // The match must end a token: not in the middle of a word.
        if stop < c.count, isAlnum(c[stop]), isAlnum(c[stop - 1]) { return nil }
        // Take what closes the formula: braces, parentheses it opened, \right), \end{…}.
        let text = String(c[from..<stop])
        var openParens = text.filter { $0 == "(" || $0 == "[" }.count - text.filter { $0 == ")" || $0 == "]" }.count
        while true {
            var k = stop
            while k < c.count, c[k] == " " { k += 1 }
            guard k < c.count else { break }
            if c[k] == "}" { stop = k + 1; continue }
            if openParens > 0, c[k] == ")" || c[k] == "]" { openParens -= 1; stop = k + 1; continue }
            if c[k] == "\\" {
                var e = k + 1
                while e < c.count, c[e].isLetter { e += 1 }
                let name = String(c[(k + 1)..<e])
                if name == "right", e < c.count { stop = e + 1; continue }
                if name == "end", e < c.count, c[e] == "{", let close = c[e...].firstIndex(of: "}") { stop = close + 1; continue }
                if name == "quad" || name == "qquad" { stop = e; continue }
            }
            break
        }
        return stop
    }

    /// True when position `before` is inside a `\command` name that started after `from`.
    static func commandStarts(_ c: [Character], from: Int, before: Int) -> Bool {
        var k = before - 1
        while k >= from, c[k].isLetter { k -= 1 }
        return k >= from && c[k] == "\\"
    }
}
