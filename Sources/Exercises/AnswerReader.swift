/// Reads a typed answer as numbers, the ways people write them: `0.25`, `.25`, `-0.5`, `1/4`, `25%`,
/// `1.2e3`, `1,234` (thousands), `14x14`, `14 14`, `[14, 14]`, `14, 14`, `0.09; 0.24; 0.67`.
///
/// A comma is read as a thousands separator when the text then has the expected number of numbers
/// (`1,234` for a count), else as a list separator (`0.2,0.8` for two probabilities).
public enum AnswerReader {
    /// The numbers, or a message saying what could not be read (never a grade).
    public static func read(_ text: String, form: AnswerForm) -> Result<[Double], AnswerReadError> {
        let expected = form.count
        var cleaned = ""
        for ch in text {
            switch ch {
            case "[", "]", "(", ")", "{", "}": cleaned.append(" ")
            case "\u{2212}", "\u{2013}": cleaned.append("-")  // minus sign, en dash
            case "×", "x", "X", "*", ";", "\t", "\n", "\r": cleaned.append(" ")
            default: cleaned.append(ch)
            }
        }
        let chunks = cleaned.split(separator: " ").map(String.init)
        if chunks.isEmpty {
            return .failure(AnswerReadError(expected == 1 ? "type a number" : "type \(expected) numbers, e.g. \(example(form))"))
        }
        // Two readings of commas; the thousands one first.
        var thousands: [String] = []
        var lists: [String] = []
        for chunk in chunks {
            let pieces = chunk.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
            lists += pieces
            if isGrouped(chunk) { thousands.append(chunk.filter { $0 != "," }) } else { thousands += pieces }
        }
        for tokens in [thousands, lists] where tokens.count == expected {
            var numbers: [Double] = []
            for token in tokens {
                guard let x = number(token) else {
                    return .failure(AnswerReadError("cannot read '\(token)' as a number (e.g. 0.25, .25, 1/4, 25%, 1.2e3)"))
                }
                numbers.append(x)
            }
            return .success(numbers)
        }
        for token in lists where number(token) == nil {
            return .failure(AnswerReadError("cannot read '\(token)' as a number (e.g. 0.25, .25, 1/4, 25%, 1.2e3)"))
        }
        let got = min(thousands.count, lists.count) == expected ? lists.count : thousands.count
        let want = expected == 1 ? "one number" : "\(expected) numbers, e.g. \(example(form))"
        return .failure(AnswerReadError("expected \(want); got \(got)"))
    }

    /// One number: a decimal (sign, digits, point, exponent), a fraction a/b, or a percentage.
    public static func number(_ token: String) -> Double? {
        if token.hasSuffix("%") {
            return decimal(String(token.dropLast())).map { $0 / 100 }
        }
        if let slash = token.firstIndex(of: "/") {
            guard let a = decimal(String(token[..<slash])), let b = decimal(String(token[token.index(after: slash)...])),
                  b != 0 else { return nil }
            return a / b
        }
        return decimal(token)
    }

    /// `[+-]digits[.digits][e[+-]digits]`, with at least one digit before the exponent; nothing else
    /// (no inf, nan or hex, which `Double(String)` would take).
    static func decimal(_ token: String) -> Double? {
        let bytes = Array(token.utf8)
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        var digits = 0
        while i < bytes.count, isDigit(bytes[i]) { i += 1; digits += 1 }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < bytes.count, isDigit(bytes[i]) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            var exponentDigits = 0
            while i < bytes.count, isDigit(bytes[i]) { i += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return nil }
        }
        guard i == bytes.count else { return nil }
        let text = token.hasPrefix("+") ? String(token.dropFirst()) : token
        guard let x = Double(text), x.isFinite else { return nil }
        return x
    }

    /// `1,234` or `-12,345,678.5`: digit groups of three after the first comma.
    static func isGrouped(_ chunk: String) -> Bool {
        var body = Substring(chunk)
        if body.hasPrefix("-") || body.hasPrefix("+") { body = body.dropFirst() }
        var fraction: Substring = ""
        if let dot = body.firstIndex(of: ".") {
            fraction = body[body.index(after: dot)...]
            body = body[..<dot]
        }
        let groups = body.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count >= 2, (1...3).contains(groups[0].count) else { return false }
        guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return false }
        return groups.allSatisfy { $0.utf8.allSatisfy(isDigit) } && fraction.utf8.allSatisfy(isDigit)
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    static func example(_ form: AnswerForm) -> String {
        switch form {
        case .size(let n): return Array(repeating: "14", count: n).joined(separator: "x")
        case .reals(let n): return Array(repeating: "0.25", count: n).joined(separator: " ")
        case .count: return "1234"
        case .real: return "0.25"
        }
    }
}
