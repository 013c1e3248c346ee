import Corpus
import JSONKit

/// `dlquiz list --json` for the built-in deck without parsing it: the embedded cards array (compact,
/// straight from the bytes) with each linked concept card's `"exercises"` spliced in and the exercise
/// cards appended. Byte for byte what serialising `ExerciseDeck.adding(to:)`'s cards gives (a test
/// holds it to that), at the cost of one scan.
public enum ExerciseCardsJSON {
    public static func splice(cardsArray bytes: [UInt8]) -> [UInt8]? {
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        let elements = bytes.withUnsafeBufferPointer { topLevelObjects($0) }
        guard let elements else { return nil }
        let ids = Set(elements.map(\.id))
        let exerciseCards = ExerciseCatalog.templates.filter { !ids.contains($0.cardID) }
            .map { ExerciseDeck.card($0, known: ids.contains) }
        var links: [String: [String]] = [:]
        for (id, list) in ExerciseDeck.reverseLinks(exerciseCards) { links[id] = list }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + exerciseCards.count * 1024)
        out.append(UInt8(ascii: "["))
        for (k, e) in elements.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            // The built-in deck never stores "exercises" (the corpus build does not know them), so a
            // linked card's object gets the key added before its closing brace.
            if let list = links[e.id] {
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

    /// The objects of a compact top-level array: where each starts and ends, and its id; nil when an
    /// object does not start with its id.
    static func topLevelObjects(_ bytes: UnsafeBufferPointer<UInt8>) -> [(start: Int, end: Int, id: String)]? {
        var elements: [(start: Int, end: Int, id: String)] = []
        var depth = 0
        var start = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let c = bytes[i]
            if c == 0x22 {  // a string: skip it, escapes included
                i += 1
                while i < n, bytes[i] != 0x22 { i += bytes[i] == 0x5C ? 2 : 1 }
            } else if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
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
        return elements
    }

    /// The id of a compact card object, which the corpus schema writes first: `{"id":"…"`.
    static func idOfObject(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> String? {
        let prefix = Array("{\"id\":\"".utf8)
        guard start + prefix.count < bytes.count else { return nil }
        for (k, b) in prefix.enumerated() where bytes[start + k] != b { return nil }
        var j = start + prefix.count
        while j < bytes.count, bytes[j] != 0x22 {
            if bytes[j] == 0x5C { return nil }
            j += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + prefix.count)..<j]), as: UTF8.self)
    }
}
