/// Page furniture that ends an article's question list: sharing, adverts, related posts, sign-offs.
enum Boilerplate {
    static let prefixes = [
        "share this post", "enquire now", "similar posts", "related posts", "thank you for reading", "to improve your chances",
        "unlock interview insights", "associated course", "subscribe", "leave a comment", "leave a reply",
    ]

    /// `^(?i:share this post|enquire now|…|go up$|subscribe|leave a (comment|reply))`, scanned by hand.
    static func endsArticle(_ text: String) -> Bool {
        guard let first = text.first, "setuaslgSETUASLG\u{212A}".contains(first) || !first.isASCII else { return false }
        let s = Substring(text)
        if prefixes.contains(where: { LineScan.caselessPrefix(s, $0) != nil }) { return true }
        return LineScan.caselessPrefix(s, "go up")?.isEmpty == true
    }
}
