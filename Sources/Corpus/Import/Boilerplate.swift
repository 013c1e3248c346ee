/// Page furniture that ends an article's question list: sharing, adverts, related posts, sign-offs.
enum Boilerplate {
    /// The ASCII first letters of `prefixes` and "go up", both cases.
    static let letters: [UInt8] = Array("setuaslgSETUASLG".utf8)

    static let prefixes = [
        "share this post", "enquire now", "similar posts", "related posts", "thank you for reading", "to improve your chances",
        "unlock interview insights", "associated course", "subscribe", "leave a comment", "leave a reply",
    ]

    /// `prefixes` and "go up" as bytes, by their first letter (a–z): a line is compared with a few at most.
    static let byFirstLetter: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 26)
        for p in prefixes + ["go up"] { table[Int(p.utf8.first! - 0x61)].append(Array(p.utf8)) }
        return table
    }()

    /// `endsArticle` over the bytes of plain ASCII text (`LineScan.isPlainASCII`: each byte a `Character`,
    /// case folded A–Z only): the first letter picks the prefixes to compare.
    static func asciiEndsArticle(_ text: String) -> Bool {
        endsArticle(bytes: text.utf8, complete: true)
    }

    /// `^(?i:share this post|enquire now|…|go up$|subscribe|leave a (comment|reply))`, scanned by hand.
    static func endsArticle(_ text: String) -> Bool {
        // A first `Character` that starts with an ASCII byte other than these letters (alone, or with marks
        // after it) equals no letter, caseless or not: the line is no boundary.
        if let b = text.utf8.first, b < 0x80, !letters.contains(b) { return false }
        // A first scalar that is not ASCII starts no prefix: no such scalar lower-cases to a string starting
        // with s, e, t, u, a, l or g (a test checks every scalar), save the Kelvin sign and U+0130, which
        // are left to the reference.
        if let first = text.unicodeScalars.first, first.value >= 0x80, first != "\u{212A}", first != "\u{130}" { return false }
        if LineScan.isPlainASCII(text) { return asciiEndsArticle(text) }
        // Other text: its head lowercased, one byte per `Character` (`FoldedHead`). A lone ASCII scalar is its
        // byte, compared caselessly; a `Character` whose lowercase is one ASCII scalar (the Kelvin sign) folds
        // to it; any other to 0x80, which no prefix holds (a letter with a mark after it equals no letter,
        // nor does its lowercase). The longest prefix is 25 `Character`s. (The `Character` path normalised
        // both sides of every comparison: 2 µs a line on a fuzz input of lines with a Hebrew point.)
        let head = FoldedHead(text, limit: 26) { c in
            let lower = c.lowercased().utf8
            return lower.count == 1 ? lower.first! : 0x80
        }
        return endsArticle(bytes: head.bytes, complete: head.isComplete)
    }

    /// The prefixes over bytes, one per `Character` (a line's own, or its folded head), A–Z matched
    /// caselessly; `complete` when they are the whole line ("go up" counts only as the whole line).
    static func endsArticle(bytes b: some Collection<UInt8>, complete: Bool) -> Bool {
        guard let first = b.first, (first | 0x20) &- 0x61 < 26 else { return false }
        for p in byFirstLetter[Int((first | 0x20) - 0x61)] where b.count >= p.count {
            guard zip(p, b).allSatisfy({ $0 == $1 || ($1 &- 0x41 < 26 && $1 | 0x20 == $0) }) else { continue }
            if p.first != UInt8(ascii: "g") || complete && b.count == p.count { return true }
        }
        return false
    }

    /// `endsArticle` `Character` by `Character`: the reference, and the path for other text.
    static func characterEndsArticle(_ text: String) -> Bool {
        guard let first = text.first, "setuaslgSETUASLG\u{212A}".contains(first) || !first.isASCII else { return false }
        let s = Substring(text)
        if prefixes.contains(where: { LineScan.caselessPrefix(s, $0) != nil }) { return true }
        return LineScan.caselessPrefix(s, "go up")?.isEmpty == true
    }
}
