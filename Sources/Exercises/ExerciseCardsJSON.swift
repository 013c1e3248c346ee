import Corpus
import JSONKit

/// `dlquiz list --json` for the built-in deck without parsing it: the embedded cards array (compact,
/// straight from the bytes) with each linked concept card's `"exercises"` spliced in and the exercise
/// cards appended. Byte for byte what serialising `ExerciseDeck.adding(to:)`'s cards gives (a test
/// holds it to that), at the cost of one scan.
public enum ExerciseCardsJSON {
    public static func splice(cardsArray bytes: [UInt8]) -> [UInt8]? {
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        // Elements of the top-level array: [start, end] of each object, and its id.
        var elements: [(start: Int, end: Int, id: String)] = []
        var depth = 0
        var start = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c == 0x22 {
                i += 1
                while i < n, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
                i += 1
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                depth += 1
                if depth == 2 { start = i }
            } else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                if depth == 2 {
                    guard let id = idOfObject(bytes, from: start) else { return nil }
                    elements.append((start, i, id))
                }
                depth -= 1
            }
            i += 1
        }
        let ids = Set(elements.map(\.id))
        let exerciseCards = ExerciseCatalog.templates.filter { !ids.contains($0.cardID) }
            .map { ExerciseDeck.card($0, known: ids.contains) }
        var links: [String: [String]] = [:]
        for (id, list) in ExerciseDeck.reverseLinks(exerciseCards) { links[id] = list }
        var out: [UInt8] = []
        out.reserveCapacity(n + exerciseCards.count * 1024)
        out.append(UInt8(ascii: "["))
        for (k, e) in elements.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            if let list = links[e.id], !containsExercisesKey(bytes[e.start...e.end]) {
                out += bytes[e.start..<e.end]
                out += Array(",\"exercises\":".utf8)
                out += JSON(list).compactBytes
                out.append(UInt8(ascii: "}"))
            } else {
                out += bytes[e.start...e.end]
            }
        }
        for card in exerciseCards {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out += card.json.compactBytes
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// The id of a compact card object, which the corpus schema writes first: `{"id":"…"`.
    static func idOfObject(_ bytes: [UInt8], from start: Int) -> String? {
        let prefix = Array("{\"id\":\"".utf8)
        guard start + prefix.count < bytes.count, Array(bytes[start..<(start + prefix.count)]) == prefix else { return nil }
        var j = start + prefix.count
        while j < bytes.count, bytes[j] != 0x22 {
            if bytes[j] == 0x5C { return nil }
            j += 1
        }
        return String(decoding: bytes[(start + prefix.count)..<j], as: UTF8.self)
    }

    /// A conservative test: the key text anywhere in the object (a deck that already stores links).
    static func containsExercisesKey(_ slice: ArraySlice<UInt8>) -> Bool {
        let key = Array("\"exercises\":".utf8)
        guard slice.count >= key.count else { return false }
        var i = slice.startIndex
        while i + key.count <= slice.endIndex {
            if slice[i] == key[0], Array(slice[i..<(i + key.count)]) == key { return true }
            i += 1
        }
        return false
    }
}
