import TestSupport
import Testing
@testable import ImportExport

/// `ChromeLine` against the regex it replaced (the oracle), on chrome phrases, near misses and generated lines.
@Suite struct ChromeLineTests {
    nonisolated(unsafe) static let oracle = /^(table of contents|contents:?$|share( this)?( on| post| article|:|$)|tweet|pin it|subscribe|sign up|log ?in|advertisement|sponsored|posted (by|on)|written by|published (on|by)|updated on|last updated|by [a-z][a-z.]* [a-z]+(, | on |$)|\d+ min read|read more|click here|follow us|©|copyright|all rights reserved|privacy policy|terms of (use|service)|cookie|related (posts|articles)|you may also like|leave a (comment|reply)|comments?$|\d+ comments?|(facebook|twitter|linkedin|pinterest|tumblr|reddit|whatsapp|telegram|email)( (facebook|twitter|linkedin|pinterest|tumblr|reddit|whatsapp|telegram|email))+$)/

    @Test func matchesTheRegexItReplaced() {
        let fragments = ["share", " this", " on", " post", " article", ":", "by ", "john", "j.", "doe", ", ", " on ", "5", "٣", " min read",
                         " comments", " comment", "comment", "contents", "table of contents", "©", "log", " ", "in", "login", "a\u{301}", "é",
                         "terms of ", "use", "service", "related ", "posts", "x", "?", "pinterest", " linkedin", " tumblr", "facebook", " email", "\t", "\r", "leave a ", "reply", "s"]
        var random = SeededRandom(seed: 11)
        var lines = ["share", "share this", "share: x", "shared", "by john doe", "by j. doe on x", "by john", "by a\u{301}b cd", "12 min read",
                     "3 comments", "comments", "comments here", "contents:", "log in", "login", "©2024", "by john doe,x", "pinterest linkedin tumblr", "facebook", "facebook twitter email", "facebook  twitter", "linkedin profile"]
        for _ in 0..<5_000 { lines.append((0..<(1 + random.next(6))).map { _ in fragments[random.next(fragments.count)] }.joined()) }
        var decided = 0
        for line in lines {
            #expect(ChromeLine.matches(line) == (line.firstMatch(of: Self.oracle) != nil), "\(line.debugDescription)")
            // The byte path, on plain ASCII lines (it lowercases A–Z itself).
            if !line.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
                let upper = line.uppercased()
                for form in [line, upper] {
                    let bytes = form.utf8.withContiguousStorageIfAvailable { ChromeLine.matches(ascii: $0) }
                    #expect(bytes == (line.firstMatch(of: Self.oracle) != nil), "\(form.debugDescription)")
                }
                // Its first bytes alone (the text goes on after them): an answer must be the whole line's,
                // whatever follows.
                let b = Array(upper.utf8)
                for cut in 1..<max(1, b.count) {
                    let partial = b.withUnsafeBufferPointer { ChromeLine.matches(ascii: UnsafeBufferPointer(rebasing: $0[..<cut]), complete: false) }
                    guard let partial else { continue }
                    decided += 1
                    #expect(partial == (line.firstMatch(of: Self.oracle) != nil), "\(line.debugDescription) cut \(cut)")
                    guard decided % 8 == 0 else { continue }  // other continuations, on some of the cuts
                    let head = String(decoding: b[..<cut], as: UTF8.self).lowercased()
                    for tail in [" ", "x", "s", ":", ", x", " on x", " min read", " comments", " twitter", " doe", " this post", "x\u{301}é"] {
                        #expect(partial == ((head + tail).firstMatch(of: Self.oracle) != nil), "\((head + tail).debugDescription)")
                    }
                }
            }
        }
            #expect(decided > 5_000)
    }
}
