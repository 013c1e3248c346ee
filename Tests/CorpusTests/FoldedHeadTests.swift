import TestSupport
import Testing
@testable import Corpus

/// `FoldedHead` against folding the line's `Character`s one by one (the reference), and the Prepend
/// blocks its single-scalar step relies on, on every scalar.
@Suite struct FoldedHeadTests {
    static func fold(_ c: Character) -> UInt8 { LineScan.isWhitespace(c) ? 0x20 : c.isNumber ? 0x30 : 0x80 }

    @Test func foldsEachCharacterAsTheCharacterLoopDoes() {
        let pieces = ["a", "Q", " ", "\u{AC00}", "\u{11A8}", "\u{1160}", "\u{AC01}", "\u{A960}", "中", "\u{FFFD}\u{FFFD}", "\u{1F468}", "\u{1F1E6}", "\u{1F1E8}", "1", ".", "\r", "\n", "\r\n", "é", "e\u{301}", "\u{301}", "\u{FFFD}", "\u{A0}", "٣", "\u{600}", "\u{600}1",
                      "\u{110BD}", "\u{1F600}", "\u{1F1E6}\u{1F1E8}", "\u{200D}", "\u{1F468}\u{200D}\u{1F469}", "ᄀ", "ᅡ", "\0", "\u{FEFF}", "ℵ"]
        var random = SeededRandom(seed: 5)
        var cut = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + random.next(8))).map { _ in pieces[random.next(pieces.count)] }.joined()
            let limit = [Int.max, 3, 1][random.next(3)]
            let stopAt: UInt8? = [nil, 0x20, 0x80][random.next(3)]
            let head = FoldedHead(text, limit: limit, stop: { $0 == stopAt }, fold: Self.fold)
            var bytes: [UInt8] = [], offsets: [Int] = [], complete = true
            var i = text.startIndex
            while i < text.endIndex {
                if bytes.count == limit { complete = false; break }
                let c = text[i]
                bytes.append(c.utf8.count == 1 ? c.utf8.first! : Self.fold(c))
                offsets.append(text.utf8.distance(from: text.startIndex, to: i))
                i = text.index(after: i)
                if bytes.last == stopAt { complete = i == text.endIndex; break }
            }
            #expect(head.bytes == bytes && head.offsets == offsets && head.isComplete == complete, "\(text.debugDescription) \(limit)")
            if !complete { cut += 1 }
            if let k = offsets.indices.last {
                #expect(head.rest(of: text, from: k) == String(text[text.utf8.index(text.startIndex, offsetBy: offsets[k])...]))
            }
        }
        #expect(cut > 2_000)
    }

    /// Outside `mayExtend`'s blocks, no scalar joins an ASCII scalar before it into one `Character`.
    @Test func onlyTheExtendBlocksJoinWhatPrecedes() {
        var extenders = 0
        for value in 0x80...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let joins = ("a" + String(s)).count == 1
            if joins { extenders += 1 }
            if joins, !FoldedHead.mayExtend(s) { Issue.record("U+\(String(value, radix: 16)) joins what precedes") }
        }
        #expect(extenders > 1_000)
    }

    /// Outside `mayPrepend`'s blocks, no scalar joins an ASCII scalar after it into one `Character`.
    @Test func onlyThePrependBlocksJoinWhatFollows() {
        var prepends = 0
        for value in 0x80...0x10FFFF {
            guard let s = Unicode.Scalar(value) else { continue }
            let joins = (String(s) + "a").count == 1
            if joins { prepends += 1 }
            if joins, !FoldedHead.mayPrepend(s) { Issue.record("U+\(String(value, radix: 16)) joins what follows") }
        }
        #expect(prepends > 10)
    }
}
