/// A light suffix stripper for English technical prose.
///
/// It only has to map the forms of one word to the same key ("normalise", "normalization",
/// "normalizing" → "normaliz"); the key need not be a real word. Stronger stemmers such as
/// Porter's merge unrelated words too often for short answers ("general" and "generate").
enum Stemmer {
    /// Irregular and comparative forms, mapped before any suffix rule.
    static let irregular: [String: String] = [
        "used": "use", "uses": "use", "using": "use", "usage": "use",
        "made": "make", "makes": "make", "making": "make",
        "led": "lead", "leads": "lead", "leading": "lead",
        "learnt": "learn", "taken": "take", "took": "take", "takes": "take", "taking": "take",
        "given": "give", "gave": "give", "gives": "give", "giving": "give",
        "chosen": "choose", "chose": "choose", "seen": "see", "saw": "see",
        "smaller": "small", "smallest": "small", "tiny": "small",
        "larger": "large", "largest": "large", "bigger": "large", "biggest": "large", "big": "large", "huge": "large",
        "higher": "high", "highest": "high", "lower": "low", "lowest": "low",
        "faster": "fast", "fastest": "fast", "quicker": "fast", "quickly": "fast", "quick": "fast",
        "slower": "slow", "slowest": "slow", "slowly": "slow",
        "better": "good", "best": "good", "worse": "bad", "worst": "bad",
        "fewer": "few", "deeper": "deep", "deepest": "deep", "wider": "wide", "longer": "long", "shorter": "short",
        "simpler": "simple", "simplest": "simple", "easier": "easy", "harder": "hard", "stronger": "strong",
        "matrices": "matrix", "indices": "index", "vertices": "vertex", "axes": "axis", "analyses": "analysis",
        "children": "child", "data": "data", "criteria": "criterion", "phenomena": "phenomenon",
        // Negation words whose suffix rules would land on an ordinary word: "hardly" must not become "hard"
        // ("hard to spot" is no negation), nor "barely" "bare".
        "hardly": "hardly", "barely": "barely",
    ]

    /// Words the rules would damage.
    static let keep: Set<String> = [
        "bias", "relu", "gelu", "elu", "selu", "adam", "loss", "class", "less", "gaussian", "this", "thus",
        "focus", "corpus", "status", "analysis", "basis", "axis", "always", "perhaps", "various", "previous",
        "continuous", "numerous", "across", "process", "yes", "gpus", "tpus", "lstm", "news", "series", "species",
        "alias", "canvas", "atlas", "chaos", "cos", "sin", "tanh", "swish", "mish", "softplus",
    ]

    static func stem(_ word: String) -> String {
        if let mapped = irregular[word] { return mapped }
        if keep.contains(word) { return word }
        return suffixStem(word)
    }

    /// The suffix rules alone, for words known to be neither irregular nor kept.
    static func suffixStem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        // British spellings: -ise, -ised, -ising, -isation become -ize forms.
        for british in britishEndings where w.count > british.count + 2 && ends(w, british) {
            w[w.count - british.count + 1] = 0x7A  // the "s" of "is..." becomes "z"
            break
        }
        // Plurals and third person.
        if ends(w, "ies"), w.count > 4 {
            w.removeLast(3); w.append(0x79)  // y
        } else if ends(w, "sses") {
            w.removeLast(2)
        } else if ends(w, "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is"), !ends(w, "as"), w.count > 3 {
            w.removeLast()
        }
        // Derivational and inflectional suffixes: the first rule that applies.
        if replace(&w, "ization", "iz") || replace(&w, "izer", "iz") || replace(&w, "ational", "at")
            || replace(&w, "ation", "at") || replace(&w, "ional", "ion")
        {
        } else if ends(w, "ing"), w.count >= 6 {
            w.removeLast(3); undouble(&w)
        } else if ends(w, "ed"), w.count >= 5, !ends(w, "eed") {
            w.removeLast(2); undouble(&w)
        } else if ends(w, "ly"), w.count >= 6 {
            w.removeLast(2)
        } else if ends(w, "ity"), w.count >= 7 {
            w.removeLast(3)
        } else if ends(w, "ness"), w.count >= 7 {
            w.removeLast(4)
        }
        if ends(w, "e"), w.count > 4, !ends(w, "ee") { w.removeLast() }
        return String(decoding: w, as: UTF8.self)
    }

    private static let britishEndings: [[UInt8]] =
        ["isations", "isation", "isers", "ising", "ised", "ises", "iser", "ise"].map { Array($0.utf8) }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count >= n else { return false }
        let base = w.count - n
        return suffix.withUTF8Buffer { s in
            for i in 0..<n where w[base + i] != s[i] { return false }
            return true
        }
    }

    private static func ends(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
        guard w.count >= suffix.count else { return false }
        let base = w.count - suffix.count
        for i in 0..<suffix.count where w[base + i] != suffix[i] { return false }
        return true
    }

    private static func replace(_ w: inout [UInt8], _ suffix: StaticString, _ with: StaticString) -> Bool {
        guard ends(w, suffix), w.count > suffix.utf8CodeUnitCount + 2 else { return false }
        w.removeLast(suffix.utf8CodeUnitCount)
        with.withUTF8Buffer { w.append(contentsOf: $0) }
        return true
    }

    /// "runn" → "run", "stopp" → "stop"; keeps "ll", "ss", "zz" ("pool", "pass").
    private static func undouble(_ w: inout [UInt8]) {
        guard w.count >= 3 else { return }
        let a = w[w.count - 1], b = w[w.count - 2]
        let isVowel = a == 0x61 || a == 0x65 || a == 0x69 || a == 0x6F || a == 0x75 || a == 0x79
        if a == b, !isVowel, a != 0x6C, a != 0x73, a != 0x7A { w.removeLast() }
    }
}
