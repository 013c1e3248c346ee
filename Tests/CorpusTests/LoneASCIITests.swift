import TestSupport
import Testing
@testable import Corpus

/// `LoneASCII` against `String.contains` (`Character` by `Character`) on generated lines where marks,
/// joiners and Prepend scalars sit next to the ASCII bytes looked for.
@Suite struct LoneASCIITests {
    @Test func decidedAnswersMatchContains() {
        let pieces = ["*", "**", "<", "\\", "![", "[", "_", "__", "a", " ", "é", "\u{301}", "\u{200D}", "\u{600}", "\u{110BD}", "\u{FFFD}",
                      "\u{1F600}", "\u{1F3FB}", "\u{903}", "\u{FE0F}", "\r\n", "\u{37E}", "\u{1FEF}", "\u{212A}", "ᄀ", "가"]
        var random = SeededRandom(seed: 9)
        var decided = 0, found = 0, undecided = 0
        for _ in 0..<30_000 {
            let text = (0..<(1 + random.next(7))).map { _ in pieces[random.next(pieces.count)] }.joined()
            for pattern: StaticString in ["**", "<", "\\", "![", "__"] {
                let want = text.contains(String(decoding: UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount), as: UTF8.self))
                guard let got = LoneASCII.contains(text, pattern) else { undecided += 1; continue }
                decided += 1
                if got { found += 1 }
                #expect(got == want, "\(text.debugDescription) \(pattern)")
            }
            func isMarkup(_ b: UInt8) -> Bool { b == 0x2A || b == 0x3C || b == 0x5C }
            if let any = LoneASCII.containsAny(text, isMarkup) {
                #expect(any == text.contains { $0.utf8.count == 1 && isMarkup($0.utf8.first!) }, "\(text.debugDescription)")
            }
        }
        #expect(found > 10_000 && decided - found > 10_000 && undecided > 1_000)
    }
}
