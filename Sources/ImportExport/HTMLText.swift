/// Anki's HTML fields as plain text, and plain text as HTML for Anki.
///
/// Reading: `<br>`, `<div>`, `<p>` and list items become line breaks (items as "- "), `<pre>` becomes a
/// ``` fenced block (its `language-X` class kept), inline `<code>` becomes `backticks`, entities are
/// decoded, and every other tag is dropped. Writing is the inverse for what dlquiz answers contain,
/// so text → HTML → text gives back the same text.
public enum HTMLText {
    static let blockTags: Set<String> = ["div", "p", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr"]

    /// True when the text has tags or entities worth converting: `Patterns.htmlMarkup` matches (scanned
    /// by `TagScan` for ASCII text: the regex was a fifth of a fuzz profile).
    ///
    /// A tag match ends at the first `>` after its `<`, so after the text's last `>` only an entity can
    /// match: the full pattern runs up to the last `>`, the entity pattern after it. On the whole text the
    /// tag branch scanned to the end from every `<br` with no `>` after it (quadratic: a 64 KB field of
    /// `<b ` took 30 s, a fuzz finding).
    public static func looksLikeHTML(_ text: String) -> Bool {
        if let fast = TagScan.hasMarkup(text) { return fast }
        return regexLooksLikeHTML(text)
    }

    /// `looksLikeHTML` by the regexes: the reference, and the path for text `TagScan` declines.
    static func regexLooksLikeHTML(_ text: String) -> Bool {
        guard let last = text.lastIndex(of: ">") else { return text.firstMatch(of: Patterns.htmlEntity) != nil }
        return text[...last].firstMatch(of: Patterns.htmlMarkup) != nil
            || text[text.index(after: last)...].firstMatch(of: Patterns.htmlEntity) != nil
    }

    public static func toText(_ html: String) -> String {
        if !html.utf8.contains(UInt8(ascii: "<")), !html.utf8.contains(UInt8(ascii: "&")) { return tidy(html) }
        if let fast = HTMLBytes.toText(html) { return fast }
        return scalarToText(html)
    }

    /// `toText` one Unicode scalar at a time: the reference, and the path for text `HTMLBytes` declines.
    static func scalarToText(_ html: String) -> String {
        var out = ""
        var inPre = 0
        var skipping: String? = nil  // inside <script> or <style>
        let chars = Array(html.unicodeScalars)
        var i = 0
        // The first ">" after the last "<" searched from (chars.count when none): positions only grow, so
        // one search serves every "<" before it. Searching again from each "<" was quadratic (a 64 KB
        // field of "<b " took 23 ms, a fuzz finding).
        var nextClose = -1
        func newline() { if !out.isEmpty, !out.hasSuffix("\n") { out += "\n" } }
        while i < chars.count {
            let c = chars[i]
            if c == "<", nextClose <= i { nextClose = chars[(i + 1)...].firstIndex(of: ">") ?? chars.count }
            // A tag starts with a letter, "/", "!" or "?"; any other "<" ("<63", "a < b") is text. It ends at
            // the first ">" within 2,000 characters.
            if c == "<", i + 1 < chars.count, chars[i + 1].properties.isAlphabetic || "/!?".unicodeScalars.contains(chars[i + 1]),
                nextClose < chars.count, nextClose - (i + 1) < 2000
            {
                let close = nextClose
                let inner = String(String.UnicodeScalarView(chars[(i + 1)..<close]))
                i = close + 1
                let closing = inner.hasPrefix("/")
                let name = (closing ? inner.dropFirst() : Substring(inner)).prefix { $0.isLetter || $0.isNumber }.lowercased()
                if let s = skipping {
                    if closing, name == s { skipping = nil }
                    continue
                }
                if name.isEmpty { continue }  // comments, doctype, stray "<>"
                switch name {
                case "script", "style": if !closing { skipping = name }
                case "br": out += "\n"
                case "pre":
                    if closing {
                        inPre = max(0, inPre - 1)
                        newline()
                        out += "```\n"
                    } else {
                        inPre += 1
                        newline()
                        var lang = ""
                        if let m = inner.firstMatch(of: Patterns.languageClass) { lang = String(m.1) }
                        out += "```" + lang + "\n"
                    }
                case "code":
                    if inPre == 0 { out += "`" }
                    else if !closing, out.hasSuffix("```\n"), let m = inner.firstMatch(of: Patterns.languageClass) {
                        out.removeLast(); out += String(m.1) + "\n"
                    }
                case "li": if !closing { newline(); out += "- " } else { newline() }
                default:
                    if blockTags.contains(name) { newline() }
                }
                continue
            }
            if skipping != nil { i += 1; continue }
            if c == "&", let semi = chars[(i + 1)...].prefix(12).firstIndex(of: ";"),
                let decoded = entity(String(String.UnicodeScalarView(chars[(i + 1)..<semi])))
            {
                out.unicodeScalars.append(decoded)
                i = semi + 1
                continue
            }
            out.unicodeScalars.append(c)
            i += 1
        }
        return tidy(out)
    }

    /// Trailing spaces off every line, at most one blank line in a row (outside code), no blank ends.
    static func tidy(_ text: String) -> String {
        if !text.utf8.contains(0x0A), text.utf8.last != 0x20, text.utf8.last != 0x0D { return text }
        if let fast = HTMLBytes.tidy(Array(text.utf8)) { return fast }
        return scalarTidy(text)
    }

    static func scalarTidy(_ text: String) -> String {
        var lines: [Substring] = []
        var inFence = false
        for var line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            while line.last == " " || line.last == "\r" { line.removeLast() }
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”", "times": "×", "le": "≤", "ge": "≥",
        "minus": "−", "middot": "·", "bull": "•", "deg": "°", "plusmn": "±", "rarr": "→", "larr": "←", "alpha": "α",
        "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ",
        "theta": "θ", "eta": "η", "copy": "©", "reg": "®", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
    ]

    static func entity(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap(nonZero)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).flatMap(nonZero) }
        return named[name]
    }

    static func nonZero(_ s: Unicode.Scalar) -> Unicode.Scalar? { s.value == 0 ? nil : s }

    /// Plain text as HTML for an Anki field: escaped, newlines as `<br>`, ``` blocks as `<pre><code>`,
    /// leading spaces as `&nbsp;` and tabs as `&#9;`, so the field needs no quoting in tab-separated text.
    public static func fromText(_ text: String) -> String {
        var out = ""
        var inFence = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var pieces: [String] = []
        for line in lines {
            if line.hasPrefix("```") {
                if inFence {
                    out += "</code></pre>"
                    pieces.append(out); out = ""
                    inFence = false
                } else {
                    if !out.isEmpty { pieces.append(out); out = "" }
                    let lang = line.dropFirst(3).trimmingPrefix(" ")
                    out = lang.isEmpty ? "<pre><code>" : "<pre><code class=\"language-\(escape(String(lang)))\">"
                    inFence = true
                    pieces.append(out); out = ""
                }
                continue
            }
            var indent = ""
            var rest = Substring(line)
            while rest.first == " " { indent += "&nbsp;"; rest = rest.dropFirst() }
            let html = indent + escape(String(rest))
            if inFence, pieces.last?.hasSuffix("<code>") == true || pieces.last?.hasSuffix("\">") == true {
                pieces[pieces.count - 1] += html  // first code line right after the opening tag
            } else {
                pieces.append(html)
            }
        }
        if inFence { pieces.append("</code></pre>") }
        // Join with <br>, except after a code block, whose closing line break the reader supplies.
        var result = ""
        for (k, p) in pieces.enumerated() {
            if k > 0 {
                let prev = pieces[k - 1]
                if !(p.hasPrefix("</code></pre>") || prev.hasSuffix("</code></pre>")) { result += "<br>" }
            }
            result += p
        }
        return result
    }

    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
