/// Just enough LaTeX to read the formulas in interview articles: what a formula looks like once
/// flattened by text extraction, and how to write it readably in Unicode (z = Σᵢ₌₁ⁿ wᵢxᵢ + b).
enum LaTeX {
    enum Token: Equatable {
        case command(String)  // \frac, \sigma, "\ " (the name is the text after the backslash)
        case open, close  // { }
        case superscript, `subscript`  // ^ _
        case char(Character)
    }

    static func tokenize(_ s: Substring) -> [Token] {
        if !s.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { return asciiTokenize(s) }
        return characterTokenize(s)
    }

    /// `tokenize` over the bytes of plain ASCII text (each byte a `Character`, the letters A–Z and a–z):
    /// the `Character` walk and its letter tests were two fifths of rendering a formula.
    static func asciiTokenize(_ s: Substring) -> [Token] {
        let b = Array(s.utf8)
        func isLetter(_ k: Int) -> Bool { (b[k] | 0x20) &- 0x61 < 26 }
        var tokens: [Token] = []
        tokens.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            switch b[i] {
            case UInt8(ascii: "\\"):
                var j = i + 1
                if j < b.count, isLetter(j) {
                    while j < b.count, isLetter(j) { j += 1 }
                    tokens.append(.command(String(decoding: b[(i + 1)..<j], as: UTF8.self)))
                } else if j < b.count {
                    tokens.append(.command(String(decoding: b[j...j], as: UTF8.self)))
                    j += 1
                } else {
                    tokens.append(.char("\\"))
                }
                i = j
                continue
            case UInt8(ascii: "{"): tokens.append(.open)
            case UInt8(ascii: "}"): tokens.append(.close)
            case UInt8(ascii: "^"): tokens.append(.superscript)
            case UInt8(ascii: "_"): tokens.append(.subscript)
            default: tokens.append(.char(Character(Unicode.Scalar(b[i]))))
            }
            i += 1
        }
        return tokens
    }

    /// `tokenize` `Character` by `Character`: the reference, and the path for other text.
    static func characterTokenize(_ s: Substring) -> [Token] {
        var tokens: [Token] = []
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            switch c {
            case "\\":
                var j = s.index(after: i)
                if j < s.endIndex, s[j].isLetter {
                    while j < s.endIndex, s[j].isLetter { j = s.index(after: j) }
                    tokens.append(.command(String(s[s.index(after: i)..<j])))
                } else if j < s.endIndex {
                    tokens.append(.command(String(s[j])))
                    j = s.index(after: j)
                } else {
                    tokens.append(.char("\\"))
                }
                i = j
                continue
            case "{": tokens.append(.open)
            case "}": tokens.append(.close)
            case "^": tokens.append(.superscript)
            case "_": tokens.append(.subscript)
            default: tokens.append(.char(c))
            }
            i = s.index(after: i)
        }
        return tokens
    }

    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ",
        "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
        "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]
    /// Operator names that text extraction keeps as letters.
    static let namedOperators: Set<String> = [
        "tanh", "max", "min", "log", "exp", "sin", "cos", "arg", "lim", "softmax", "sup", "inf", "det",
    ]
    static let symbols: [String: String] = [
        "sum": "Σ", "prod": "Π", "partial": "∂", "cdot": "·", "times": "×", "geq": "≥", "ge": "≥", "leq": "≤",
        "le": "≤", "neq": "≠", "approx": "≈", "in": "∈", "infty": "∞", "rightarrow": "→", "to": "→",
        "leftarrow": "←", "odot": "⊙", "otimes": "⊗", "nabla": "∇", "pm": "±", "ldots": "…", "cdots": "⋯",
        "mid": "|", "lVert": "‖", "rVert": "‖", "|": "‖", "quad": "  ", "qquad": "  ", ",": " ", ";": " ",
        " ": "; ", "\\": "; ", "{": "{", "}": "}", "%": "%", "_": "_", "prime": "′", "sim": "~", "propto": "∝",
    ]
    /// The longest command name `Flattener` acts on ("begin", "end", `greek`, `namedOperators`): a longer
    /// one adds no letters and does not start a skipped group.
    static let longestFlattenedName = (Array(greek.keys) + Array(namedOperators) + ["begin", "end"]).map(\.count).max()!

    /// Commands whose single argument is shown as it is.
    static let styleCommands: Set<String> = [
        "text", "mathrm", "mathbf", "mathit", "mathcal", "operatorname", "boldsymbol", "textbf", "mathsf",
    ]
    static let accents: [String: String] = ["hat": "\u{0302}", "tilde": "\u{0303}", "bar": "\u{0304}", "vec": "\u{20D7}", "dot": "\u{0307}"]

    /// The token for a character that is not a backslash.
    static func token(_ c: Character) -> Token {
        switch c {
        case "{": .open
        case "}": .close
        case "^": .superscript
        case "_": .subscript
        default: .char(c)
        }
    }

    /// The letters and digits a formula shows, in order, as a PDF-to-text flattening keeps them.
    static func flattenedAlphanumerics(_ tokens: ArraySlice<Token>) -> [Character] {
        var f = Flattener()
        for t in tokens { f.add(t) }
        return f.out
    }

    /// `flattenedAlphanumerics` one token at a time, so a growing formula is not flattened again from the start.
    /// `c.isLetter || c.isNumber`, by a table for ASCII (`asciiValue`; "\r\n" is neither): the formula
    /// search flattens every character it tries, and the `Character` properties dominated its profile.
    static func isAlnum(_ c: Character) -> Bool {
        if let a = c.asciiValue { return asciiAlnum[Int(a)] }
        return c.isLetter || c.isNumber
    }

    static let asciiAlnum: [Bool] = (0..<128).map { a in
        let c = Character(Unicode.Scalar(UInt8(a)))
        return c.isLetter || c.isNumber
    }

    struct Flattener {
        var out: [Character] = []
        var skipGroup = false
        var depthToSkip = 0

        /// What `add(t)` would append, without adding it.
        func adding(_ t: Token) -> [Character] {
            if skipGroup { return [] }
            switch t {
            case .command(let name):
                if name == "begin" || name == "end" { return [] }
                if let g = greek[name] { return Array(g) }
                if namedOperators.contains(name) { return Array(name) }
                return []
            case .char(let c) where isAlnum(c): return [c]
            default: return []
            }
        }

        /// `add(.char(c))` for a letter or digit `c`.
        mutating func addAlnum(_ c: Character) {
            if skipGroup { return }
            out.append(c)
        }

        mutating func add(_ t: Token) {
            if skipGroup {
                if t == .open { depthToSkip += 1 } else if t == .close { depthToSkip -= 1; if depthToSkip == 0 { skipGroup = false } }
                return
            }
            switch t {
            case .command(let name):
                if name == "begin" || name == "end" { skipGroup = true; depthToSkip = 0 }
                else if let g = greek[name] { out.append(contentsOf: g) }
                else if namedOperators.contains(name) { out.append(contentsOf: name) }
            case .char(let c) where isAlnum(c): out.append(c)
            default: break
            }
        }
    }

    // MARK: Rendering

    /// How deep groups, scripts and arguments nest before the rest is written as it stands: each level is a
    /// call, and `$^^^…^x$` with 60,000 carets overflowed the stack (no formula nests this deep).
    static let maximumDepth = 32

    static func render(_ source: Substring) -> String {
        var tokens = tokenize(source)[...]
        var text = renderSequence(&tokens, untilClose: false, depth: 0)
        // Each `replacing` sets up a searcher: it runs only where the bytes say its pattern may occur.
        let space = UInt8(ascii: " ")
        while text.utf8.containsPair(space, space), text.contains("  ") { text = text.replacing("  ", with: " ") }
        if text.utf8.containsPair(space, UInt8(ascii: ";")) { text = text.replacing(" ;", with: ";") }
        if text.utf8.containsPair(UInt8(ascii: "("), space) { text = text.replacing("( ", with: "(") }
        if text.utf8.containsPair(space, UInt8(ascii: ")")) { text = text.replacing(" )", with: ")") }
        if text.utf8.containsPair(UInt8(ascii: "{"), space) { text = text.replacing("{ }", with: "{}") }
        return text.trimmedSpaces
    }

    private static func renderSequence(_ tokens: inout ArraySlice<Token>, untilClose: Bool, depth: Int) -> String {
        var out = ""
        while let t = tokens.first {
            if t == .close {
                tokens.removeFirst()
                if untilClose { return out }
                continue
            }
            out += renderOne(&tokens, depth: depth)
        }
        return out
    }

    /// A token as it was written: what is rendered below `maximumDepth`.
    private static func written(_ t: Token) -> String {
        switch t {
        case .command(let name): return "\\" + name
        case .open: return "{"
        case .close: return "}"
        case .superscript: return "^"
        case .subscript: return "_"
        case .char(let c): return String(c)
        }
    }

    /// Renders one argument: a braced group or a single token.
    private static func argument(_ tokens: inout ArraySlice<Token>, depth: Int) -> String {
        while tokens.first == .char(" ") { tokens.removeFirst() }
        guard let t = tokens.first else { return "" }
        if t == .open, depth < maximumDepth {
            tokens.removeFirst()
            return renderSequence(&tokens, untilClose: true, depth: depth + 1)
        }
        return renderOne(&tokens, depth: depth + 1)
    }

    private static func skipGroup(_ tokens: inout ArraySlice<Token>) -> String {
        guard tokens.first == .open else { return "" }
        tokens.removeFirst()
        var name = ""
        while let t = tokens.popFirst(), t != .close { if case .char(let c) = t { name.append(c) } }
        return name
    }

    /// "∂ J" reads as "∂J".
    private static func tight(_ s: String) -> String {
        (s.contains("∂") ? s.replacing("∂ ", with: "∂") : s).trimmedSpaces
    }

    private static func renderOne(_ tokens: inout ArraySlice<Token>, depth: Int) -> String {
        guard let t = tokens.popFirst() else { return "" }
        if depth >= maximumDepth { return written(t) }
        switch t {
        case .open: return renderSequence(&tokens, untilClose: true, depth: depth + 1)
        case .close: return ""
        case .superscript: return Scripts.raised(argument(&tokens, depth: depth))
        case .subscript: return Scripts.lowered(argument(&tokens, depth: depth))
        case .char("&"): return ""
        case .char("~"): return " "
        case .char("$"): return ""
        case .char(let c): return String(c)
        case .command(let name):
            if let g = greek[name] { return g }
            if namedOperators.contains(name) { return name }
            if let s = symbols[name] { return s }
            if styleCommands.contains(name) { return argument(&tokens, depth: depth) }
            if let accent = accents[name] {
                let a = argument(&tokens, depth: depth)
                return a.count == 1 ? a + accent : a
            }
            switch name {
            case "frac", "dfrac", "tfrac":
                let numerator = tight(argument(&tokens, depth: depth)), denominator = tight(argument(&tokens, depth: depth))
                return Scripts.parenthesised(numerator) + "/" + Scripts.parenthesised(denominator)
            case "sqrt": return "√" + Scripts.parenthesised(argument(&tokens, depth: depth))
            case "begin": return skipGroup(&tokens) == "cases" ? "{ " : ""
            case "end": return skipGroup(&tokens) == "cases" ? " }" : ""
            case "left", "right", "big", "Big", "bigg", "Bigg", "displaystyle", "limits": return ""
            default: return name
            }
        }
    }
}
