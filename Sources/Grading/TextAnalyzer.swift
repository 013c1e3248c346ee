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
        let raw = TextAnalyzer.rawWords(text)
        let words = TextAnalyzer.words(raw)
        var out = AnalyzedText()
        out.classifySentences(raw)
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
            out.claim.append(w.claim)
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
        var claim: Int32 = 0
    }

    /// Prefixes written joined, hyphenated or apart ("non-linear", "non linear", "nonlinear").
    static let joiningPrefixes: Set<String> = ["non", "pre", "multi", "sub", "hyper", "mini", "semi", "over", "under", "co", "self",
                                               "auto", "up", "down", "fine", "re", "de", "un", "bi", "uni", "cross", "inter", "intra"]
    /// Prefixes joined even when written apart with a space.
    static let spacedPrefixes: Set<String> = ["non", "pre", "multi", "hyper", "mini", "semi"]

    /// Splits text into content words with sentence and clause numbers.
    static func words(_ text: String) -> [Word] { words(rawWords(text)) }

    /// Content words of already split raw words.
    static func words(_ raw: [(word: String, sentence: Int32, clause: Int32)]) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(raw.count)
        // Claim numbers: clause breaks, except an "and" that does not start a new subject.
        var claims = [Int32](repeating: 0, count: raw.count)
        var claim: Int32 = 0
        for k in raw.indices where k > 0 {
            if raw[k].clause != raw[k - 1].clause {
                let and = raw[k].word == "and" || raw[k - 1].word == "and"
                let nextWord = raw[k].word == "and" ? (k + 1 < raw.count ? raw[k + 1].word : "") : raw[k].word
                if !and || raw[k].sentence != raw[k - 1].sentence || PredicateWords.determiners.contains(nextWord)
                    || PredicateWords.subjects.contains(nextWord) {
                    claim += 1
                }
            }
            claims[k] = claim
        }
        var i = 0
        while i < raw.count {
            var (word, sentence, clause) = raw[i]
            let claimNumber = claims[i]
            var info = WordInfo.table[word]
            i += 1
            if word == "=" { continue }  // a ":" or "=" link: only for statement detection
            if info?.spacedPrefix == true, i < raw.count, raw[i].sentence == sentence, raw[i].clause == clause,
               WordInfo.table[raw[i].word]?.stop != true
            {
                word += raw[i].word
                info = WordInfo.table[word]
                i += 1
            }
            if word == "not", i < raw.count, raw[i].word == "only" { i += 1; continue }
            if word == "rather", i < raw.count, raw[i].word == "than" { word = "not"; info = nil; i += 1 }
            if word == "instead" {  // "instead of X" denies X; a bare "instead" is only a connective
                if i < raw.count, raw[i].word == "of" { i += 1; word = "not"; info = nil } else { continue }
            }
            if info?.stop == true { continue }
            out.append(Word(stem: info?.stem ?? Stemmer.suffixStem(word), surface: word, sentence: sentence, clause: clause, claim: claimNumber))
        }
        return out
    }

    /// Lower-cased words with their sentence and clause numbers, before stop words and stemming.
    static func rawWords(_ text: String) -> [(word: String, sentence: Int32, clause: Int32)] {
        var ascii = text
        let plain = ascii.withUTF8 { buffer in
            buffer.contains(where: { $0 >= 0x80 }) ? nil : rawWords(bytes: buffer)
        }
        if let plain { return plain }
        return cleanUnicode(text).withUnsafeBufferPointer { rawWords(bytes: $0) }
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || b >= 0x80
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b >= 0x80 }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The word splitter proper, over UTF-8 whose non-ASCII bytes are all letters (see `cleanUnicode`).
    private static func rawWords<C: RandomAccessCollection>(bytes: C) -> [(word: String, sentence: Int32, clause: Int32)]
    where C.Element == UInt8, C.Index == Int {
        var words: [(word: String, sentence: Int32, clause: Int32)] = []
        var sentence: Int32 = 0
        var clause: Int32 = 0
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            guard !current.isEmpty else { return }
            let w = String(decoding: current, as: UTF8.self)
            current.removeAll(keepingCapacity: true)
            if current.count <= 8, StopWords.clauseBreakers.contains(w) { clause += 1 }
            words.append((w, sentence, clause))
        }
        var k = bytes.startIndex
        let n = bytes.endIndex
        while k < n {
            let b = bytes[k]
            if (b >= 0x61 && b <= 0x7A) || isDigit(b) || b >= 0x80 {
                current.append(b)
            } else if b >= 0x41 && b <= 0x5A {
                current.append(b + 32)
            } else if b == 0x27 {  // apostrophe: contractions and possessives
                var j = k + 1
                var suffix: [UInt8] = []
                while j < n, isLetter(bytes[j]), bytes[j] < 0x80 { suffix.append(bytes[j] | 0x20); j += 1 }
                if suffix == [0x74], current.last == 0x6E {  // n't
                    current.removeLast()
                    if current == Array("ca".utf8) || current == Array("wo".utf8) || current == Array("sha".utf8) { current.append(0x6E) }
                    flush()
                    current = Array("not".utf8)
                    flush()
                    k = j
                    continue
                } else if !suffix.isEmpty, suffix.count <= 2, let verb = TextAnalyzer.contractions[String(decoding: suffix, as: UTF8.self)] {
                    // "it's" is "it is" (a verb, for statement detection); "ReLU's" is a possessive.
                    let isVerb = suffix != [0x73] || TextAnalyzer.pronouns.contains(String(decoding: current, as: UTF8.self))
                    flush()
                    if isVerb { current = Array(verb.utf8); flush() }
                    k = j
                    continue
                } else {
                    flush()
                }
            } else if b == 0x2D {  // hyphen: joins known prefixes, otherwise separates
                let nextIsLetter = k + 1 < n && isLetter(bytes[k + 1])
                if !(nextIsLetter && current.count <= 5 && joiningPrefixes.contains(String(decoding: current, as: UTF8.self))) { flush() }
            } else if b == 0x2E, !current.isEmpty, k + 1 < n, isDigit(bytes[k + 1]), current.allSatisfy({ isDigit($0) || $0 == 0x2E }) {
                current.append(b)  // decimal point
            } else if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || (b == 0x0A && k + 1 < n && bytes[k + 1] == 0x0A) {
                flush()
                sentence += 1
                clause += 1
            } else if b == 0x3A || b == 0x3D {  // ":" and "=" link two sides like a verb
                flush()
                if b == 0x3A { clause += 1 }
                if !words.isEmpty, words.last!.word != "=" { words.append(("=", sentence, clause)) }
            } else if b == 0x2C || b == 0x28 || b == 0x29 || b == 0x5B || b == 0x5D || b == 0x22 {
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

    /// Contracted verbs: "'s" (only after a pronoun), "'re", "'ve", "'ll", "'d", "'m".
    static let contractions: [String: String] = ["s": "is", "re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"]
    static let pronouns: Set<String> = ["it", "that", "what", "there", "here", "he", "she", "who", "which", "this", "where", "how"]

    /// Accents and compatibility forms folded (see `UnicodeFolding`), typographic punctuation made ASCII,
    /// and mathematical symbols spelled out ("σ" → "sigma", "∂" → "partial").
    static func cleanUnicode(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var seen: [UInt32: [UInt8]] = [:]
        for s in text.unicodeScalars {
            if s.value <= 0x7F {
                out.append(UInt8(s.value))
            } else if let known = seen[s.value] {
                out += known
            } else {
                let replacement = cleanScalar(s)
                seen[s.value] = replacement
                out += replacement
            }
        }
        return out
    }

    /// One non-ASCII scalar as UTF-8 bytes the word splitter understands (letters lower-cased, symbols spaced).
    static func cleanScalar(_ s: Unicode.Scalar) -> [UInt8] {
        if let spelled = symbolNames[s.value] { return Array(" \(spelled) ".utf8) }
        if let ascii = punctuation[s.value] { return [UInt8(ascii.value)] }
        if let folded = UnicodeFolding.table[s.value] { return Array(folded.utf8) }
        if let ascii = UnicodeFolding.fullwidth(s.value) {
            return ascii >= 0x41 && ascii <= 0x5A ? [ascii + 32] : [ascii]
        }
        if s.properties.generalCategory == .nonspacingMark { return [] }
        if s.properties.isAlphabetic || s.properties.numericType != nil { return Array(s.properties.lowercaseMapping.utf8) }
        return [0x20]  // other symbols separate words
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
