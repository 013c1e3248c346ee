extension StringProtocol {
    // Public: the CLI trims the same way, without Foundation (whose string helpers pull in ICU).
    /// The text without leading and trailing spaces and tabs.
    public var trimmedSpaces: String {
        // Ends that are not a space or tab byte are no " " or "\t" `Character` (those are their byte alone, and
        // nothing else is equivalent to them): nothing to trim, no `Character` walk.
        let u = Substring(self).utf8
        if let f = u.first, let l = u.last, f != 0x20, f != 0x09, l != 0x20, l != 0x09 { return String(self) }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
