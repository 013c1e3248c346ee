/// Finds formulas left written twice: a flattened copy followed by its LaTeX or restored form
/// (`[0.1,0.1][-0.1, 0.1]`, `z=i=1nwixi+b z = Σᵢ₌₁ⁿ wᵢxᵢ + b`), or a symbol doubled (`W W`).
/// `FormulaCleaner` removes these when it builds the deck; this is the independent check a test runs.
///
/// Two adjacent runs (at most one space apart) are a pair when their letters and digits are the same
/// (scripts read as plain characters) and the second holds more signs and operators than the first, which is how a
/// flattened copy looks next to its source; or when a one- or two-character symbol is simply doubled.
/// Code (between ``` fences) is skipped.
public enum DoubledFormula {
    static let mathSigns: Set<Character> = Set("=+-−^_\\{}[]()<>≤≥·∂Σσ/*|")

    /// Every pair found in `text`, as the pair's text.
    public static func find(in text: String) -> [String] {
        var found: [String] = []
        var inCode = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inCode.toggle(); continue }
            if !inCode { found += find(inLine: Array(line)) }
        }
        return found
    }

    static func plain(_ ch: Character) -> Character? {
        if mathSigns.contains(ch) { return nil }
        if let p = plainScripts[ch] { return p.isLetter || p.isNumber ? p : nil }
        return ch.isLetter || ch.isNumber ? ch : nil
    }

    static let plainScripts: [Character: Character] = {
        var m: [Character: Character] = [:]
        for (k, v) in Scripts.superscripts { m[v] = k }
        for (k, v) in Scripts.subscripts { m[v] = k }
        return m
    }()

    /// Signs and operators (brackets and punctuation aside): what flattening drops.
    static func symbols(_ c: ArraySlice<Character>) -> Int {
        c.filter { $0 != " " && plain($0) == nil && !"()[],.;:!?'\"".contains($0) }.count
    }

    static func alphanumerics(_ c: ArraySlice<Character>) -> [Character] { c.compactMap(plain) }

    static func find(inLine c: [Character]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < c.count {
            defer { i += 1 }
            if LineScan.isWhitespace(c[i]) { continue }
            if i > 0, plain(c[i - 1]) != nil || c[i - 1] == "." || c[i - 1] == "," { continue }
            var j = i + 1
            var matched = false
            while j <= c.count, !matched {
                defer { j += 1 }
                if c[j - 1] == " " { break }
                if j < c.count, plain(c[j]) != nil { continue }
                let x = c[i..<j]
                let ax = alphanumerics(x)
                guard !ax.isEmpty else { continue }
                for k in [j, j + 1] where k < c.count && (k == j || c[j] == " ") {
                    var e = k + 1
                    while e <= c.count {
                        let y = c[k..<e]
                        let ay = alphanumerics(y)
                        if ay.count > ax.count || ay != Array(ax.prefix(ay.count)) { break }
                        let endsToken = e == c.count || plain(c[e]) == nil
                        if ay == ax, endsToken, plain(c[k]) != nil || "[(-−\\".contains(c[k]) {
                            // The flattened copy lost symbols that the second copy has.
                            let lostSymbols = symbols(y) > symbols(x) && (x.contains(where: \.isNumber) || y.contains { mathSigns.contains($0) })
                            let doubledSymbol = Array(x) == Array(y) && ax.count <= 2 && x.allSatisfy { plain($0) != nil }
                                && k == j + 1 && ax.count == x.count
                            if lostSymbols || doubledSymbol {
                                found.append(String(c[i..<e]))
                                matched = true
                            }
                            break
                        }
                        e += 1
                    }
                    if matched { break }
                }
            }
            if matched { i = j - 1 }
        }
        return found
    }
}
