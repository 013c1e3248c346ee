/// Unicode superscripts and subscripts, with a plain fallback for characters Unicode lacks.
enum Scripts {
    static let superscripts: [Character: Character] = Dictionary(uniqueKeysWithValues: zip(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzTABDEGHIJKLMNOPRUVW′'",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵁⱽᵂ′′"))
    static let subscripts: [Character: Character] = Dictionary(uniqueKeysWithValues: zip(
        "0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ"))

    static func raised(_ s: String) -> String { script(s, superscripts, marker: "^") }
    static func lowered(_ s: String) -> String { script(s, subscripts, marker: "_") }

    private static func script(_ s: String, _ table: [Character: Character], marker: String) -> String {
        let compact = s.filter { $0 != " " }
        if !compact.isEmpty, compact.allSatisfy({ table[$0] != nil }) { return String(compact.map { table[$0]! }) }
        return marker + parenthesised(compact)
    }

    /// Wraps in parentheses unless the text is a single symbol or word.
    static func parenthesised(_ s: String) -> String {
        let t = s.trimmedSpaces
        if t.count <= 1 || t.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "∂" || $0 == "." }) { return t }
        if t.hasPrefix("∂"), t.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || "ᵢⱼₗₜ₋₀₁₂₃\u{0302}".contains($0) }) { return t }
        return "(" + t + ")"
    }
}
