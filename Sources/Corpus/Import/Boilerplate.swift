/// Page furniture that ends an article's question list: sharing, adverts, related posts, sign-offs.
enum Boilerplate {
    /// The ASCII first letters of `prefixes` and "go up", both cases.
    static let letters: [UInt8] = Array("setuaslgSETUASLG".utf8)

    static let prefixes = [
        "share this post", "enquire now", "similar posts", "related posts", "thank you for reading", "to improve your chances",
        "unlock interview insights", "associated course", "subscribe", "leave a comment", "leave a reply",
    ]

    /// `^(?i:share this post|enquire now|…|go up$|subscribe|leave a (comment|reply))`, scanned by hand.
    static func endsArticle(_ text: String) -> Bool {
        // An ASCII byte followed by another (or by nothing) is the first `Character` by itself: when it is
        // none of the letters below, the line is no boundary, decided without iterating the letter list.
        var bytes = text.utf8.makeIterator()
        if let b = bytes.next(), b < 0x80, !letters.contains(b), (bytes.next() ?? 0) < 0x80 { return false }
        guard let first = text.first, "setuaslgSETUASLG\u{212A}".contains(first) || !first.isASCII else { return false }
        let s = Substring(text)
        if prefixes.contains(where: { LineScan.caselessPrefix(s, $0) != nil }) { return true }
        return LineScan.caselessPrefix(s, "go up")?.isEmpty == true
    }
}
