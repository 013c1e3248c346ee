/// Question numbering: "12. What…", "Q12. What…", "12) What…", or a bare "12." marker line.
enum NumberedQuestion {
    static func parse(_ text: String) -> (number: Int, rest: String)? {
        guard let m = text.firstMatch(of: /^(?:Q|q)?\s?(\d{1,3})[.):]\s*(.*)$/), let n = Int(m.1) else { return nil }
        return (n, String(m.2))
    }

    /// A line that is only a number marker.
    static func marker(_ text: String) -> Int? {
        guard let p = parse(text), p.rest.isEmpty else { return nil }
        return p.number
    }
}
