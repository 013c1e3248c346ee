/// Page chrome recognised by its opening words: share buttons, bylines, adverts, footers, contents titles.
///
/// A hand-written form of the anchored pattern
/// `^(table of contents|contents:?$|share( this)?( on| post| article|:|$)|tweet|pin it|subscribe|sign up|log ?in|`
/// `advertisement|sponsored|posted (by|on)|written by|published (on|by)|updated on|last updated|`
/// `by [a-z][a-z.]* [a-z]+(, | on |$)|\d+ min read|read more|click here|follow us|©|copyright|`
/// `all rights reserved|privacy policy|terms of (use|service)|cookie|related (posts|articles)|`
/// `you may also like|leave a (comment|reply)|comments?$|\d+ comments?|N( N)+$)`, N a network name
/// (a row of share buttons: "Pinterest LinkedIn Tumblr"), over a lowercased line: it runs on every line of an article, where the regex cost a parse and a
/// backtracking match per line. Tests compare the two.
enum ChromeLine {
    static let prefixes = [
        "table of contents", "tweet", "pin it", "subscribe", "sign up", "login", "log in", "advertisement", "sponsored",
        "posted by", "posted on", "written by", "published on", "published by", "updated on", "last updated", "read more",
        "click here", "follow us", "©", "copyright", "all rights reserved", "privacy policy", "terms of use",
        "terms of service", "cookie", "related posts", "related articles", "you may also like", "leave a comment",
        "leave a reply",
    ]
    /// `prefixes` by their first character: a line is tried only against those that start as it does.
    static let prefixesByFirst: [Character: [String]] = Dictionary(grouping: prefixes) { $0.first! }
    static let wholeLines: Set<Substring> = ["contents", "contents:", "comment", "comments"]
    /// Names of the sites share buttons point to: a line of two or more of them, and nothing else, is a
    /// row of share buttons.
    static let networks: Set<Substring> = ["facebook", "twitter", "linkedin", "pinterest", "tumblr", "reddit", "whatsapp",
                                           "telegram", "email"]

    /// `lower` (already lowercased) opens with a chrome phrase.
    static func matches(_ lower: String) -> Bool {
        let s = Substring(lower)
        if let first = s.first, prefixesByFirst[first]?.contains(where: { s.hasPrefixCharacters($0) }) == true { return true }
        if s.utf8.count <= 9, wholeLines.contains(s) { return true }  // not hashing every long line
        if let rest = s.droppingPrefixCharacters("share") {
            func follows(_ r: Substring) -> Bool {
                r.isEmpty || r.first == ":" || r.hasPrefixCharacters(" on") || r.hasPrefixCharacters(" post")
                    || r.hasPrefixCharacters(" article")
            }
            if follows(rest) { return true }
            if let afterThis = rest.droppingPrefixCharacters(" this"), follows(afterThis) { return true }
        }
        if let rest = s.droppingPrefixCharacters("by "), byline(rest) { return true }
        // A row of share buttons: split only a line whose first word is a network's name.
        if networks.contains(s.prefix { $0 != " " }) {
            let words = s.split(separator: " ", omittingEmptySubsequences: false)
            if words.count >= 2, words.allSatisfy({ networks.contains($0) }) { return true }
        }
        let digits = s.prefix { $0.isNumber }
        if !digits.isEmpty {
            let rest = s.dropFirst(digits.count)
            if rest.hasPrefixCharacters(" min read") || rest.hasPrefixCharacters(" comment") { return true }
        }
        return false
    }

    /// `[a-z][a-z.]* [a-z]+(, | on |$)` at the start of `s`.
    static func byline(_ s: Substring) -> Bool {
        func isLetter(_ c: Character) -> Bool { c.unicodeScalars.count == 1 && ("a"..."z").contains(c.unicodeScalars.first!) }
        guard let f = s.first, isLetter(f) else { return false }
        var r = s.dropFirst().drop { isLetter($0) || $0 == "." }
        guard r.first == " " else { return false }
        r = r.dropFirst()
        let word = r.prefix(while: isLetter)
        guard !word.isEmpty else { return false }
        r = r.dropFirst(word.count)
        return r.isEmpty || r.hasPrefixCharacters(", ") || r.hasPrefixCharacters(" on ")
    }
}

extension Substring {
    /// Starts with `prefix`, compared `Character` by `Character` as a regex literal compares.
    func hasPrefixCharacters(_ prefix: String) -> Bool { droppingPrefixCharacters(prefix) != nil }

    func droppingPrefixCharacters(_ prefix: String) -> Substring? {
        var i = startIndex
        for p in prefix {
            guard i < endIndex, self[i] == p else { return nil }
            i = index(after: i)
        }
        return self[i...]
    }
}
