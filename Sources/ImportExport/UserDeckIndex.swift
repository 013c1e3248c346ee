#if canImport(Glibc)
import Glibc
#endif
import Corpus
import JSONKit

/// A user deck's sidecar, `decks/.NAME.index`: what `list --json`, `search` and `study` need from a deck of
/// 50,000 cards without parsing its JSON. Each CLI run starts cold, and parsing 30 MB of JSON alone takes
/// longer than the 100 ms these commands have.
///
/// It holds each card's compact JSON (the bytes `list --json` prints), its id, level and tags, both
/// search fields' lengths and an inverted index of `CardSearch.words` (term → card, count in the question
/// field, count in the body), the deck's `merged` records, and each card's sibling text
/// (`CardSiblings.text`, what `study` needs to keep siblings apart), each followed by a newline. It is written atomically right after the
/// deck file, and carries that file's size and modification time: when they no longer match (the deck
/// was edited by hand), or the file is missing or damaged, it is not used, and the commands read the deck
/// file as before.
///
/// Layout (integers little-endian `UInt32` unless noted): magic, deck size (`UInt64`), mtime seconds and
/// nanoseconds (`Int64`), card count, then sections, each a `UInt32` byte length and its bytes.
public struct UserDeckIndex {
    static let magic = Array("DLQXIDX3".utf8)
    static let sectionCount = 16

    /// The sidecar's bytes: mapped from the file, so a cold start reads only the pages it touches.
    let storage: MappedFile
    var bytes: UnsafeRawBufferPointer { storage.bytes }
    public let count: Int
    /// Byte offsets of the sections in `bytes`.
    let cardsBlob: Int, cardOffsets: Int, idsBlob: Int, idOffsets: Int, levels: Int, tagsBlob: Int, tagOffsets: Int
    let questionLengths: Int, bodyLengths: Int, termsBlob: Int, termOffsets: Int, postingOffsets: Int, postings: Int
    let termCount: Int
    let mergedJSON: Range<Int>
    let siblingBlob: Int, siblingOffsets: Int

    // MARK: Writing

    /// The sidecar's bytes for `deck`, stamped with the deck file's `stamp`.
    public static func build(_ deck: UserDeck, stamp: FileStamp) -> [UInt8] {
        var out = magic
        put64(&out, stamp.size)
        put64(&out, UInt64(bitPattern: stamp.seconds))
        put64(&out, UInt64(bitPattern: stamp.nanoseconds))
        put32(&out, deck.cards.count)

        var cards: [UInt8] = [], cardOffsets: [Int] = [0]
        var ids: [UInt8] = [], idOffsets: [Int] = [0]
        var levels: [UInt8] = []
        var tags: [UInt8] = [], tagOffsets: [Int] = [0]
        var qLengths: [Int] = [], bLengths: [Int] = []
        var siblings: [UInt8] = [], siblingOffsets: [Int] = [0]
        var termIDs: [String: Int] = [:]
        var termPostings: [[(card: Int, q: Int, b: Int)]] = []
        for (i, card) in deck.cards.enumerated() {
            if i > 0 { cards.append(UInt8(ascii: ",")) }
            cards += card.json.compactBytes
            cardOffsets.append(cards.count)
            ids += card.id.utf8
            idOffsets.append(ids.count)
            levels.append(UInt8(Level.allCases.firstIndex(of: card.level)!))
            tags += card.tags.joined(separator: "\n").utf8
            tagOffsets.append(tags.count)
            siblings += CardSiblings.text(card).utf8
            siblings.append(0x0A)
            siblingOffsets.append(siblings.count)
            let texts = CardSearch.fieldTexts(card)
            let q = CardSearch.words(texts.question), b = CardSearch.words(texts.body)
            qLengths.append(q.count)
            bLengths.append(b.count)
            var counts: [String: (q: Int, b: Int)] = [:]
            for w in q { counts[w, default: (0, 0)].q += 1 }
            for w in b { counts[w, default: (0, 0)].b += 1 }
            for (w, c) in counts {
                let t: Int
                if let id = termIDs[w] { t = id } else { t = termPostings.count; termIDs[w] = t; termPostings.append([]) }
                termPostings[t].append((i, c.q, c.b))
            }
        }
        var terms: [UInt8] = [], termOffsets: [Int] = [0], postingOffsets: [Int] = [0], postings: [Int] = []
        for (w, t) in termIDs.sorted(by: { $0.value < $1.value }) {
            terms += w.utf8
            termOffsets.append(terms.count)
            for p in termPostings[t] { postings += [p.card, p.q, p.b] }
            postingOffsets.append(postings.count / 3)
        }
        putSection(&out, cards)
        putSection(&out, ints(cardOffsets))
        putSection(&out, ids)
        putSection(&out, ints(idOffsets))
        putSection(&out, levels)
        putSection(&out, tags)
        putSection(&out, ints(tagOffsets))
        putSection(&out, ints(qLengths))
        putSection(&out, ints(bLengths))
        putSection(&out, terms)
        putSection(&out, ints(termOffsets))
        putSection(&out, ints(postingOffsets))
        putSection(&out, ints(postings))
        putSection(&out, JSON.array(deck.merged.map(\.json)).compactBytes)
        putSection(&out, siblings)
        putSection(&out, ints(siblingOffsets))
        return out
    }

    static func put32(_ out: inout [UInt8], _ v: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: v).littleEndian) { out += $0 } }
    static func put64(_ out: inout [UInt8], _ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
    static func ints(_ values: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(values.count * 4)
        for v in values { put32(&out, v) }
        return out
    }
    static func putSection(_ out: inout [UInt8], _ section: [UInt8]) {
        put32(&out, section.count)
        out += section
    }

    // MARK: Reading

    /// The index in `bytes`, if it is one and was made for a deck file with `stamp`.
    public init?(file: MappedFile, stamp: FileStamp) {
        storage = file
        let bytes = file.bytes
        guard bytes.count >= 36, bytes[0..<8].elementsEqual(Self.magic) else { return nil }
        func u64(_ at: Int) -> UInt64 { bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian }
        guard u64(8) == stamp.size, Int64(bitPattern: u64(16)) == stamp.seconds, Int64(bitPattern: u64(24)) == stamp.nanoseconds
        else { return nil }
        count = Int(bytes.loadUnaligned(fromByteOffset: 32, as: UInt32.self).littleEndian)
        var at = 36
        var starts: [Int] = []
        var ends: [Int] = []
        for _ in 0..<Self.sectionCount {
            guard at + 4 <= bytes.count else { return nil }
            let length = Int(bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian)
            at += 4
            guard at + length <= bytes.count else { return nil }
            starts.append(at)
            ends.append(at + length)
            at += length
        }
        guard at == bytes.count else { return nil }
        (cardsBlob, cardOffsets, idsBlob, idOffsets, levels) = (starts[0], starts[1], starts[2], starts[3], starts[4])
        (tagsBlob, tagOffsets, questionLengths, bodyLengths) = (starts[5], starts[6], starts[7], starts[8])
        (termsBlob, termOffsets, postingOffsets, postings) = (starts[9], starts[10], starts[11], starts[12])
        termCount = (ends[10] - starts[10]) / 4 - 1
        mergedJSON = starts[13]..<ends[13]
        (siblingBlob, siblingOffsets) = (starts[14], starts[15])
        guard ends[1] - starts[1] == 4 * (count + 1), ends[4] - starts[4] == count, termCount >= 0,
              ends[15] - starts[15] == 4 * (count + 1),
              Int(bytes.loadUnaligned(fromByteOffset: starts[15] + 4 * count, as: UInt32.self).littleEndian) == ends[14] - starts[14]
        else { return nil }
    }

    @inline(__always) func u32(_ section: Int, _ i: Int) -> Int {
        Int(bytes.loadUnaligned(fromByteOffset: section + 4 * i, as: UInt32.self).littleEndian)
    }

    func slice(_ blob: Int, _ offsets: Int, _ i: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[(blob + u32(offsets, i))..<(blob + u32(offsets, i + 1))])
    }

    /// Card `i` as compact JSON, byte for byte what `card.json.compactBytes` gives.
    public func cardJSON(_ i: Int) -> UnsafeRawBufferPointer {
        // Cards are stored comma-separated: each after the end of the one before it and a comma.
        UnsafeRawBufferPointer(rebasing: bytes[(cardsBlob + (i == 0 ? 0 : u32(cardOffsets, i) + 1))..<(cardsBlob + u32(cardOffsets, i + 1))])
    }

    /// Every card's compact JSON, comma-separated: the inside of `list --json`'s array.
    public var cardsJSON: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[cardsBlob..<(cardsBlob + (count > 0 ? u32(cardOffsets, count) : 0))])
    }

    public func card(_ i: Int) -> Card? {
        guard let value = try? JSONParser.parse(bytes: cardJSON(i).bindMemory(to: UInt8.self)) else { return nil }
        return try? Card(json: value)
    }

    public func id(_ i: Int) -> String { String(decoding: slice(idsBlob, idOffsets, i), as: UTF8.self) }

    public func idBytes(_ i: Int) -> UnsafeRawBufferPointer { slice(idsBlob, idOffsets, i) }

    public func level(_ i: Int) -> Level { Level.allCases[Int(bytes[levels + i]) % 3] }

    public func tags(_ i: Int) -> [String] {
        let s = slice(tagsBlob, tagOffsets, i)
        return s.isEmpty ? [] : s.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Card `i`'s sibling text, `CardSiblings.text(card)`.
    public func siblingText(_ i: Int) -> String {
        let s = slice(siblingBlob, siblingOffsets, i)
        return String(decoding: UnsafeRawBufferPointer(rebasing: s.dropLast()), as: UTF8.self)
    }

    /// How many cards other than card `excluding` have `subject` in their sibling text, counting up to
    /// `limit` (a search of the stored texts; a subject never spans two of them, as it holds no newline).
    public func naming(_ subject: String, excluding: Int?, limit: Int) -> Int {
        let key = Array(subject.utf8)
        let blobEnd = siblingBlob + u32(siblingOffsets, count)
        guard !key.isEmpty, let base = bytes.baseAddress else { return 0 }
        var found = 0
        var at = siblingBlob
        var card = 0
        return key.withUnsafeBytes { k -> Int in
            while found < limit, let hit = Self.find(k, in: base + at, count: blobEnd - at) {
                let offset = base.distance(to: hit) - siblingBlob
                // The card whose text holds the hit: the first whose end lies past it.
                var lo = card, hi = count - 1
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if u32(siblingOffsets, mid + 1) > offset { hi = mid } else { lo = mid + 1 }
                }
                card = lo
                if card != excluding { found += 1 }
                at = siblingBlob + u32(siblingOffsets, card + 1)
                card += 1
            }
            return found
        }
    }

    /// The first place `key` occurs in the `count` bytes at `start`: memchr for its rarest-looking byte (its
    /// second: a subject starts with a space), then a compare.
    static func find(_ key: UnsafeRawBufferPointer, in start: UnsafeRawPointer, count: Int) -> UnsafeRawPointer? {
        guard key.count >= 2, count >= key.count else { return nil }
        let probe = Int32(key[1])
        var at = 1
        let last = count - key.count + 1  // the key's second byte can sit at most here
        while at <= last {
            guard let hit = memchr(start + at, probe, last - at + 1) else { return nil }
            let begin = UnsafeRawPointer(hit) - 1
            if memcmp(begin, key.baseAddress!, key.count) == 0 { return begin }
            at = start.distance(to: UnsafeRawPointer(hit)) + 1
        }
        return nil
    }

    /// Card `i`'s tags as stored: joined by newlines.
    public func tagBytes(_ i: Int) -> UnsafeRawBufferPointer { slice(tagsBlob, tagOffsets, i) }

    /// True when some card has `tag` among its tags.
    public func hasTag(_ tag: String) -> Bool {
        let key = Array(tag.utf8)
        for i in 0..<count {
            let s = slice(tagsBlob, tagOffsets, i)
            if !s.isEmpty, s.split(separator: 0x0A, omittingEmptySubsequences: false).contains(where: { $0.elementsEqual(key) }) { return true }
        }
        return false
    }

    public func questionLength(_ i: Int) -> Int { u32(questionLengths, i) }
    public func bodyLength(_ i: Int) -> Int { u32(bodyLengths, i) }

    /// The deck's merge records.
    public var merged: [MergeRecord] {
        if mergedJSON.count == 2 { return [] }  // "[]"
        let json = UnsafeRawBufferPointer(rebasing: bytes[mergedJSON]).bindMemory(to: UInt8.self)
        guard let value = try? JSONParser.parse(bytes: json) else { return [] }
        return (value.arrayValue ?? []).compactMap(MergeRecord.init(json:))
    }

    /// The cards that have `term`, with its count in the question field and in the body.
    public func postings(_ term: String) -> [(card: Int, question: Int, body: Int)] {
        let key = Array(term.utf8)
        for t in 0..<termCount where u32(termOffsets, t + 1) - u32(termOffsets, t) == key.count && slice(termsBlob, termOffsets, t).elementsEqual(key) {
            return (u32(postingOffsets, t)..<u32(postingOffsets, t + 1)).map { k in
                (u32(postings, 3 * k), u32(postings, 3 * k + 1), u32(postings, 3 * k + 2))
            }
        }
        return []
    }
}

/// A file mapped read-only into memory, unmapped when the last reference goes.
public final class MappedFile: @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer

    public init?(path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
        let size = Int(st.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}

/// A file's size and modification time: enough to tell that a sidecar was made for this version of it.
public struct FileStamp: Equatable, Sendable {
    public var size: UInt64
    public var seconds: Int64
    public var nanoseconds: Int64

    public init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        size = UInt64(st.st_size)
        seconds = Int64(st.st_mtim.tv_sec)
        nanoseconds = Int64(st.st_mtim.tv_nsec)
    }
}
