import Foundation

/// Turns free text into `AnalyzedText`: Unicode clean-up, words, contractions, stop words,
/// stemming, then synonym and abbreviation merging through the `Lexicon`.
struct TextAnalyzer: Sendable {
    let lexicon: Lexicon

    /// Built once per `Grader`; the lexicon itself is analysed with the same rules.
    init() {
        lexicon = Lexicon(groups: Lexicon.groups) { phrase in
            TextAnalyzer.words(phrase).map(\.stem)
        }
    }

    func analyze(_ text: String) -> AnalyzedText {
        let words = TextAnalyzer.words(text)
        var out = AnalyzedText()
        out.tokens.reserveCapacity(words.count)
        var i = 0
        while i < words.count {
            let w = words[i]
            var canonical = w.stem
            var end = i
            if let candidates = lexicon.table[w.stem] {
                for c in candidates where i + c.rest.count < words.count {
                    var ok = true
                    for (k, t) in c.rest.enumerated() {
                        let next = words[i + 1 + k]
                        if next.stem != t || next.sentence != w.sentence { ok = false; break }
                    }
                    if ok { canonical = c.canonical; end = i + c.rest.count; break }
                }
            }
            out.tokens.append(canonical)
            out.surfaces.append(end == i ? w.surface : words[i...end].map(\.surface).joined(separator: " "))
            out.sentence.append(w.sentence)
            out.clause.append(w.clause)
            i = end + 1
        }
        return out
    }

    /// A content word before synonym merging.
    struct Word {
        var stem: String
        var surface: String
        var sentence: Int32
        var clause: Int32
    }

    /// Prefixes written joined, hyphenated or apart ("non-linear", "non linear", "nonlinear").
    static let joiningPrefixes: Set<String> = ["non", "pre", "multi", "sub", "hyper", "mini", "semi", "over", "under", "co", "self",
                                               "auto", "up", "down", "fine", "re", "de", "un", "bi", "uni", "cross", "inter", "intra"]
    /// Prefixes joined even when written apart with a space.
    static let spacedPrefixes: Set<String> = ["non", "pre", "multi", "hyper", "mini", "semi"]

    /// Splits text into content words with sentence and clause numbers.
    static func words(_ text: String) -> [Word] {
        let raw = rawWords(text)
        var out: [Word] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            var (word, sentence, clause) = raw[i]
            i += 1
            if spacedPrefixes.contains(word), i < raw.count, raw[i].sentence == sentence, raw[i].clause == clause,
               !StopWords.all.contains(raw[i].word)
            {
                word += raw[i].word
                i += 1
            }
            if word == "not", i < raw.count, raw[i].word == "only" { i += 1; continue }
            if word == "rather", i < raw.count, raw[i].word == "than" { word = "not"; i += 1 }
            if word == "instead", i < raw.count, raw[i].word == "of" { i += 1 }
            if StopWords.all.contains(word) { continue }
            out.append(Word(stem: Stemmer.stem(word), surface: word, sentence: sentence, clause: clause))
        }
        return out
    }

    /// Lower-cased words with their sentence and clause numbers, before stop words and stemming.
    static func rawWords(_ text: String) -> [(word: String, sentence: Int32, clause: Int32)] {
        var scalars = Array(text.unicodeScalars)
        if scalars.contains(where: { $0.value > 0x7F }) { scalars = cleanUnicode(scalars) }
        var words: [(word: String, sentence: Int32, clause: Int32)] = []
        var sentence: Int32 = 0
        var clause: Int32 = 0
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let w = String(current)
            current = String.UnicodeScalarView()
            if StopWords.clauseBreakers.contains(w) { clause += 1 }
            words.append((w, sentence, clause))
        }
        var k = 0
        let n = scalars.count
        while k < n {
            let s = scalars[k]
            let v = s.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                current.append(s)
            } else if v >= 0x41 && v <= 0x5A {
                current.append(Unicode.Scalar(v + 32)!)
            } else if v > 0x7F && (s.properties.isAlphabetic || s.properties.numericType != nil) {
                current.append(contentsOf: String(s).lowercased().unicodeScalars)
            } else if v == 0x27 {  // apostrophe: contractions and possessives
                var suffix = ""
                var j = k + 1
                while j < n, scalars[j].value >= 0x61 && scalars[j].value <= 0x7A || scalars[j].value >= 0x41 && scalars[j].value <= 0x5A {
                    suffix.unicodeScalars.append(Unicode.Scalar(scalars[j].value | 0x20)!)
                    j += 1
                }
                if suffix == "t", current.last == "n" {
                    current.removeLast()
                    if String(current) == "ca" || String(current) == "wo" || String(current) == "sha" { current.append("n") }
                    flush()
                    current.append(contentsOf: "not".unicodeScalars)
                    flush()
                    k = j
                    continue
                } else if ["s", "re", "ve", "ll", "d", "m"].contains(suffix) {
                    flush()
                    k = j
                    continue
                } else {
                    flush()
                }
            } else if v == 0x2D {  // hyphen: joins known prefixes, otherwise separates
                let w = String(current)
                let nextIsLetter = k + 1 < n && scalars[k + 1].properties.isAlphabetic
                if !(joiningPrefixes.contains(w) && nextIsLetter) { flush() }
            } else if v == 0x2E, !current.isEmpty, k + 1 < n, scalars[k + 1].value >= 0x30 && scalars[k + 1].value <= 0x39,
                      current.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 || $0.value == 0x2E })
            {
                current.append(s)  // decimal point
            } else if v == 0x2E || v == 0x21 || v == 0x3F || v == 0x3B || v == 0x0A && k + 1 < n && scalars[k + 1].value == 0x0A {
                flush()
                sentence += 1
                clause += 1
            } else if v == 0x2C || v == 0x3A || v == 0x28 || v == 0x29 || v == 0x5B || v == 0x5D || v == 0x22 {
                flush()
                clause += 1
            } else {
                flush()
            }
            k += 1
        }
        flush()
        return words
    }

    /// Compatibility decomposition without accents, typographic punctuation made ASCII,
    /// and mathematical symbols spelled out ("σ" → "sigma", "∂" → "partial").
    static func cleanUnicode(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        for s in scalars {
            if s.value <= 0x7F { out.append(s); continue }
            if let spelled = symbolNames[s.value] {
                out.append(" ")
                out.append(contentsOf: spelled.unicodeScalars)
                out.append(" ")
                continue
            }
            if let ascii = punctuation[s.value] { out.append(ascii); continue }
            for d in String(s).decomposedStringWithCompatibilityMapping.unicodeScalars {
                if d.properties.generalCategory == .nonspacingMark { continue }
                if let spelled = symbolNames[d.value] {
                    out.append(" ")
                    out.append(contentsOf: spelled.unicodeScalars)
                    out.append(" ")
                } else {
                    out.append(d)
                }
            }
        }
        return out
    }

    static let punctuation: [UInt32: Unicode.Scalar] = [
        0x2018: "'", 0x2019: "'", 0x02BC: "'", 0x201C: "\"", 0x201D: "\"", 0x00AB: "\"", 0x00BB: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: " ", 0x2013: " ", 0x2014: " ", 0x2212: " ", 0x00A0: " ", 0x2026: ".",
        0x2022: " ", 0x00B7: " ", 0x22C5: " ", 0x00D7: " ", 0x2192: " ", 0x2190: " ", 0x21D2: " ", 0x2248: " ",
    ]

    static let symbolNames: [UInt32: String] = [
        0x03B1: "alpha", 0x03B2: "beta", 0x03B3: "gamma", 0x03B4: "delta", 0x0394: "delta", 0x03B5: "epsilon",
        0x03F5: "epsilon", 0x03B7: "eta", 0x03B8: "theta", 0x03BB: "lambda", 0x03BC: "mu", 0x03C3: "sigma",
        0x03A3: "sum", 0x2211: "sum", 0x03C0: "pi", 0x03C4: "tau", 0x03C6: "phi", 0x03C9: "omega", 0x2202: "partial",
        0x2207: "gradient", 0x221A: "sqrt", 0x221E: "infinity", 0x2264: "at most", 0x2265: "at least",
    ]
}
