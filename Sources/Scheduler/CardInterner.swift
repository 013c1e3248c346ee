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
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end {
            h ^= UInt64(bytes[i])
            h = h &* 0x0000_0100_0000_01b3
        }
        var slot = Int(truncatingIfNeeded: h ^ (h >> 29)) & mask
        let count = end - start
        while true {
            let index = slots[slot]
            if index < 0 { break }
            let i = Int(index)
            if hashes[i] == h && spans[i].count == count {
                let s = spans[i].start
                var same = true
                arena.withUnsafeBufferPointer { a in
                    for k in 0..<count where a[s + k] != bytes[start + k] {
                        same = false
                        break
                    }
                }
                if same { return index }
            }
            slot = (slot + 1) & mask
        }
        let index = Int32(ids.count)
        spans.append((arena.count, count))
        arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        hashes.append(h)
        ids.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
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
