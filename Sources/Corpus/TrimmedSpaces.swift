extension StringProtocol {
    // Public: the CLI trims the same way, without Foundation (whose string helpers pull in ICU).
    /// The text without leading and trailing spaces and tabs.
    public var trimmedSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
