#if canImport(Glibc)
import Glibc  // memchr/memcmp only; file access goes through Platform
#endif

/// Maps card-id bytes to small integers without making a String per line: an open-addressing
/// table over an arena of id bytes. Only each distinct id becomes a String.
struct CardInterner {
    private var arena: [UInt8] = []
    private var spans: [(start: Int, count: Int)] = []
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var mask: Int
    private(set) var ids: [String] = []

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    init(existing ids: [String]) {
        self.init(capacity: max(ids.count, 16))
        for id in ids { _ = intern(id) }
    }

    mutating func intern(_ id: String) -> Int32 {
        var copy = id
        return copy.withUTF8 { intern($0, 0, $0.count) }
    }

    /// The index of the id in `bytes[start..<end]`, adding it when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
        let key = bytes.baseAddress! + start
        let count = end - start
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in 0..<count {
            h ^= UInt64(key[k])
            h = h &* 0x0000_0100_0000_01b3
        }
        let mask = self.mask
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        let found: Int32 = slots.withUnsafeBufferPointer { slotsP in
            hashes.withUnsafeBufferPointer { hashP in
                spans.withUnsafeBufferPointer { spanP in
                    arena.withUnsafeBufferPointer { arenaP in
                        while true {
                            let index = slotsP[slot]
                            if index < 0 { return -1 - Int32(slot) }
                            let i = Int(index)
                            if hashP[i] == h && spanP[i].count == count
                                && (count == 0 || memcmp(arenaP.baseAddress! + spanP[i].start, key, count) == 0)
                            {
                                return index
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
        if found >= 0 { return found }
        slot = Int(-1 - found)
        let index = Int32(ids.count)
        spans.append((arena.count, count))
        arena.append(contentsOf: UnsafeBufferPointer(start: key, count: count))
        hashes.append(h)
        ids.append(String(decoding: UnsafeBufferPointer(start: key, count: count), as: UTF8.self))
        slots[slot] = index
        if ids.count * 2 > slots.count { grow() }
        return index
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (i, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i)
        }
    }
}
