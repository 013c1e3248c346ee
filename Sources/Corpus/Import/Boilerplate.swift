/// Page furniture that ends an article's question list: sharing, adverts, related posts, sign-offs.
enum Boilerplate {
    static func endsArticle(_ text: String) -> Bool {
        text.firstMatch(of: /^(?i:share this post|enquire now|similar posts|related posts|thank you for reading|to improve your chances|unlock interview insights|associated course|go up$|subscribe|leave a (comment|reply))/) != nil
    }
}
