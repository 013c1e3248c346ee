import TestSupport
import Testing
@testable import ImportExport

/// `TagScan` against the regexes it stands in for (`Patterns.tag` under `replacing`, `Patterns.htmlMarkup`
/// under `firstMatch`), on generated strings of tag pieces, entities, word-boundary cases (`<b.c>`,
/// `<b'x>`, `<b:`), case variants, carriage returns and non-ASCII (where `removingTags` declines and
/// `hasMarkup` scans one byte per `Character`, unsure where a non-ASCII one could change the answer).
@Suite struct TagScanTests {
    static func strings() -> [String] {
        let fragments = ["<", ">", "/", "</", "<b", "<B", "<br", "<BR/>", "<bx", "b", "r", "x", "1", "_", ".", ":", "'", " ", "\t",
                         "\r", "\r\n", "\n", "=", "\"", "<span", "<SPAN", "<div", "<Div", "<p", "<P ", "<pre", "<code", "<img",
                         "<a", "<A", "<em", "<strong", "<sub", "<sup", "<sUp", "<hr", "<font", "<table", "<li", "<ul", "<ol", "<u",
                         "<i", "&", "&amp;", "&AMP;", "&amp", "&lt;", "&gt;", "&quot;", "&nbsp;", "&NbSp;", "&#", "&#12;", "&#;",
                         "&#x", "&#x1f;", "&#XaF;", "&#xg;", ";", "#", "é", "a\u{301}", "<\u{301}", "k", "s", "\u{212A}", "ſ",
                         "٣", "&#٣;", "&#1٣", "&\u{301}", "#\u{301}", ">\u{301}", "/\u{301}", "<bſ", "&nbſp;", "<\u{212A}", "b\u{301}", "😀"]
        var random = SeededRandom(seed: 11)
        var out = ["<b>x</b> <bx> <b.c> <br > <a href='x'>y</a> <b", "<b.>", "<b:x>", "<b'x>", "<b'>", "<b.1>", "<br\r\n>", "&#x;", "x < y > z"]
        for _ in 0..<30_000 { out.append((0..<(1 + random.next(10))).map { _ in fragments[random.next(fragments.count)] }.joined()) }
        return out
    }

    @Test func removingTagsMatchesTheRegex() {
        var scanned = 0
        for s in Self.strings() {
            let regex = s.replacing(Patterns.tag, with: "")
            #expect(InlineMarkup.removingTags(s) == regex, "\(s.debugDescription)")
            if let fast = TagScan.removingTags(s) {
                scanned += 1
                #expect(fast == regex, "\(s.debugDescription)")
            }
        }
        #expect(scanned > 9_000)  // the scan, not the fallback, answers most strings
    }

    @Test func hasMarkupMatchesTheRegex() {
        var scanned = 0, scannedUnicode = 0
        for s in Self.strings() {
            let regex = s.firstMatch(of: Patterns.htmlMarkup) != nil
            #expect(HTMLText.looksLikeHTML(s) == regex, "\(s.debugDescription)")
            if let fast = TagScan.hasMarkup(s) {
                scanned += 1
                if s.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) { scannedUnicode += 1 }
                #expect(fast == regex, "\(s.debugDescription)")
            }
        }
        #expect(scanned > 10_000)
        #expect(scannedUnicode > 3_000)  // text with non-ASCII or "\r" is scanned too, one byte per `Character`
    }
}

/// `trimmedWhitespace`'s byte path against the `Character` path it stands in for.
@Suite struct TrimmedWhitespaceTests {
    @Test func bytePathMatchesCharacterPath() {
        let fragments = [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{A0}", "\u{85}", "\u{2028}", "\u{301}", "a", "b c", "é",
                         "\u{600}", "x\u{301}", " \u{301}", "-", "?", "\u{1F600}", "\u{200D}", "\u{FFFD}", "\u{0}", "\u{FEFF}",
                         "\u{3000}", "\u{600}x", "ng", "\u{1680}"]
        var random = SeededRandom(seed: 3)
        for _ in 0..<60_000 {
            let s = (0..<random.next(8)).map { _ in fragments[random.next(fragments.count)] }.joined()
            #expect(s.trimmedWhitespace == s.characterTrimmed, "\(s.debugDescription)")
            let sub = s.dropFirst(random.next(2))
            #expect(sub.trimmedWhitespace == sub.characterTrimmed, "\(s.debugDescription)")
        }
    }
}
