/// Unicode superscripts and subscripts, with a plain fallback for characters Unicode lacks.
enum Scripts {
    static let superscripts: [Character: Character] = Dictionary(uniqueKeysWithValues: zip(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzTABDEGHIJKLMNOPRUVW′'",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵁⱽᵂ′′"))
    static let subscripts: [Character: Character] = Dictionary(uniqueKeysWithValues: zip(
        "0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"))

    static func raised(_ s: String) -> String { script(s, superscripts, marker: "^") }
    static func lowered(_ s: String) -> String { script(s, subscripts, marker: "_") }

    /// The ASCII bytes that are keys of each table (its other key, "′", is not ASCII).
    static let superscriptBytes: [Bool] = (0..<128).map { b in superscripts[Character(Unicode.Scalar(UInt8(b)))] != nil }
    static let subscriptBytes: [Bool] = (0..<128).map { b in subscripts[Character(Unicode.Scalar(UInt8(b)))] != nil }

    private static func script(_ s: String, _ table: [Character: Character], marker: String) -> String {
        // (Byte tests first: an argument nests scripts, and each level read its text `Character` by `Character`.
        // A string without a space byte holds no " " `Character`; one with an ASCII byte that no key is
        // holds a `Character` that no key is, nor is equivalent to: the keys are single scalars without
        // decompositions.)
        let compact = s.utf8.contains(0x20) ? s.filter { $0 != " " } : s
        let keyBytes = marker == "^" ? superscriptBytes : subscriptBytes
        let mayMap = !compact.utf8.contains { $0 < 0x80 && !keyBytes[Int($0)] }
        if mayMap, !compact.isEmpty, compact.allSatisfy({ table[$0] != nil }) { return String(compact.map { table[$0]! }) }
        return marker + parenthesised(compact)
    }

    /// Wraps in parentheses unless the text is a single symbol or word.
    static func parenthesised(_ s: String) -> String {
        let t = s.trimmedSpaces
        // (`dropFirst().isEmpty`: at most one `Character`, without counting them all.)
        if t.dropFirst().isEmpty || t.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "∂" || $0 == "." }) { return t }
        if t.utf8.starts(with: "∂".utf8), t.hasPrefix("∂"), t.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || "ᵢⱼₗₜ₋₀₁₂₃\u{0302}".contains($0) }) { return t }
        return "(" + t + ")"
    }
}
