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

    /// `matches(text.lowercased())` over the bytes of plain ASCII text (no byte ≥ 0x80, no carriage
    /// return): each byte is a `Character`, lowercasing maps only A–Z, digits are 0–9. No string is built.
    static func matches(ascii b: UnsafeBufferPointer<UInt8>) -> Bool {
        matches(ascii: b, complete: true) ?? false
    }

    /// `matches` over ASCII bytes that are the whole text (`complete`) or only its first `Character`s, the
    /// rest unknown: then nil when these bytes do not decide (a phrase, a byline, a row of share buttons or
    /// a number runs into the unknown part). A long line of other text is decided by its first bytes.
    static func matches(ascii b: UnsafeBufferPointer<UInt8>, complete: Bool) -> Bool? {
        let n = b.count
        guard n > 0 else { return complete ? false : nil }
        // What a test past the known bytes answers: false at the text's end, unknown inside it.
        let beyond: Bool? = complete ? false : nil
        func at(_ i: Int) -> UInt8 { let c = b[i]; return c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        func has(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool? {
            for k in p.indices {
                guard i + k < n else { return beyond }
                if at(i + k) != p[k] { return false }
            }
            return true
        }
        func has(_ p: [UInt8], at i: Int) -> Bool? { p.withUnsafeBufferPointer { has($0, at: i) } }
        func has(_ p: StaticString, at i: Int) -> Bool? {
            has(UnsafeBufferPointer(start: p.utf8Start, count: p.utf8CodeUnitCount), at: i)
        }
        /// The text ends at `r` (`$`).
        func ends(_ r: Int) -> Bool? { r < n ? false : complete ? true : nil }
        func any(_ tests: Bool?...) -> Bool? { tests.contains(true) ? true : tests.contains(nil) ? nil : false }
        func isLetter(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
        /// The bytes from..<to are one of `words` (to < n), or, running into the unknown (to == n in a
        /// partial text), may begin one.
        func isWord(_ from: Int, _ to: Int, _ words: [[UInt8]]) -> Bool? {
            if to == n, !complete { return words.contains { w in w.count >= to - from && has(w[..<(to - from)].map { $0 }, at: from) == true } ? nil : false }
            return words.contains { w in w.count == to - from && has(w, at: from) == true }
        }
        var result: Bool? = false
        func consider(_ test: Bool?) { if test == true { result = true } else if test == nil, result == false { result = nil } }

        for p in asciiPrefixes[Int(at(0))] { consider(has(p, at: 0)) }
        if result == true { return true }
        if complete {
            if n <= 9, isWord(0, n, asciiWholeLines) == true { return true }
        } else if asciiWholeLines.contains(where: { $0.count > n && has($0, at: 0) == nil }) {
            result = nil  // "contents" and its kind: the text may still be one (it is longer than these bytes)
        }
        let share = has("share", at: 0)
        if share != false {
            func follows(_ r: Int) -> Bool? {
                any(ends(r), r < n ? at(r) == UInt8(ascii: ":") : beyond, has(" on", at: r), has(" post", at: r), has(" article", at: r))
            }
            let this = has(" this", at: 5)
            consider(share == nil ? nil : any(follows(5), this == false ? false : this == nil ? nil : follows(10)))
        }
        let by = has("by ", at: 0)
        if by == nil { consider(nil) }
        if by == true {
            // `byline`: [a-z][a-z.]* [a-z]+ then the end, ", " or " on ".
            var i = 3
            if i == n { consider(beyond) } else if isLetter(at(i)) {
                i += 1
                while i < n, isLetter(at(i)) || at(i) == UInt8(ascii: ".") { i += 1 }
                if i == n { consider(beyond) } else if at(i) == 0x20 {
                    i += 1
                    let word = i
                    while i < n, isLetter(at(i)) { i += 1 }
                    if i == n { consider(complete ? i > word : nil) } else if i > word { consider(any(has(", ", at: i), has(" on ", at: i))) }
                }
            }
        }
        if result == true { return true }
        // A row of share buttons: every word (split at single spaces) a network's name, two or more.
        var end = 0
        while end < n, b[end] != 0x20 { end += 1 }
        let first = isWord(0, end, asciiNetworks)
        if first == nil { consider(nil) }
        if first == true, end < n {
            var start = end + 1, all: Bool? = true
            while all == true {
                end = start
                while end < n, b[end] != 0x20 { end += 1 }
                all = isWord(start, end, asciiNetworks)
                if end == n { break }
                start = end + 1
            }
            consider(complete || all == false ? all : nil)
        }
        var digits = 0
        while digits < n, b[digits] >= 0x30, b[digits] <= 0x39 { digits += 1 }
        if digits > 0 { consider(digits == n ? beyond : any(has(" min read", at: digits), has(" comment", at: digits))) }
        return result
    }

    /// `prefixes` as bytes by their first byte (© is not ASCII: no ASCII line starts with it).
    static let asciiPrefixes: [[[UInt8]]] = (0..<256).map { first in
        prefixes.map { Array($0.utf8) }.filter { $0.first == UInt8(first) }
    }
    static let asciiWholeLines: [[UInt8]] = wholeLines.map { Array($0.utf8) }
    static let asciiNetworks: [[UInt8]] = networks.map { Array($0.utf8) }

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
