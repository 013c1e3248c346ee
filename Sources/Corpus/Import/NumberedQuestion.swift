/// Question numbering: "12. What…", "Q12. What…", "12) What…", or a bare "12." marker line.
enum NumberedQuestion {
    /// `^(?:Q|q)?\s?(\d{1,3})[.):]\s*(.*)$`, scanned by hand (see `LineScan`).
    static func parse(_ text: String) -> (number: Int, rest: String)? {
        var s = Substring(text)
        if s.first == "Q" || s.first == "q" { s = s.dropFirst() }
        if let f = s.first, f.isWhitespace { s = s.dropFirst() }
        let digits = s.prefix { $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let mark = s.dropFirst(digits.count).first, mark == "." || mark == ")" || mark == ":"
        else { return nil }
        let rest = LineScan.droppingWhitespace(s.dropFirst(digits.count + 1))
        guard LineScan.isOneLine(rest), let n = Int(digits) else { return nil }
        return (n, String(rest))
    }

    /// A line that is only a number marker.
    static func marker(_ text: String) -> Int? {
        guard let p = parse(text), p.rest.isEmpty else { return nil }
        return p.number
    }
}
