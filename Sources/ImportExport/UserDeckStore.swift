#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Corpus
import JSONKit
import Platform

/// The user's decks on disk: one JSON file per deck in `HOME/decks`, each written atomically.
public struct UserDeckStore: Sendable {
    /// The data folder (`$DLQUIZ_HOME`).
    public var home: String

    public init(home: String) { self.home = home }

    public var folder: String { home + "/decks" }

    public func path(_ name: String) -> String { folder + "/" + name + ".json" }

    /// The deck names, sorted; none when the folder does not exist.
    public func names() -> [String] {
        guard let entries = FileSystem.contentsOfDirectory(atPath: folder) else { return [] }
        return entries.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
    }

    public func exists(_ name: String) -> Bool { FileSystem.fileExists(atPath: path(name)) }

    /// The deck, or an empty one when it does not exist yet.
    public func load(_ name: String) throws(CorpusError) -> UserDeck {
        let p = path(name)
        guard FileSystem.fileExists(atPath: p) else { return UserDeck(name: name) }
        guard let bytes = FileSystem.contents(atPath: p) else { throw CorpusError("\(p): cannot read the file") }
        let json: JSON
        do { json = try JSONParser.parse(bytes) } catch { throw CorpusError("\(p): \(error.description)") }
        do throws(CorpusError) { return try UserDeck(name: name, json: json) } catch {
            throw CorpusError("\(p): \(error.description)")
        }
    }

    /// Writes the deck file, then its sidecar index (see `UserDeckIndex`), both atomically.
    public func save(_ deck: UserDeck) throws(FileSystemError) {
        try FileSystem.createDirectory(atPath: folder)
        try FileSystem.writeAtomically(Array((deck.json.pretty + "\n").utf8), toPath: path(deck.name))
        writeIndex(deck)
    }

    /// The sidecar of deck `name`: hidden, so `names()` does not list it.
    public func indexPath(_ name: String) -> String { folder + "/." + name + ".index" }

    /// Writes the sidecar for `deck` as its file is now; a sidecar that cannot be written is only a slower start.
    func writeIndex(_ deck: UserDeck) {
        guard let stamp = FileStamp(path: path(deck.name)) else { return }
        do { try FileSystem.writeAtomically(UserDeckIndex.build(deck, stamp: stamp), toPath: indexPath(deck.name)) } catch {
            unlink(indexPath(deck.name))
        }
    }

    /// The deck's sidecar when it matches the deck file; a missing or stale one is rebuilt from the file once.
    public func index(_ name: String) -> UserDeckIndex? {
        guard let stamp = FileStamp(path: path(name)) else { return nil }
        if let file = MappedFile(path: indexPath(name)), let index = UserDeckIndex(file: file, stamp: stamp) {
            return index
        }
        guard let deck = try? load(name) else { return nil }
        writeIndex(deck)
        guard let file = MappedFile(path: indexPath(name)) else { return nil }
        return UserDeckIndex(file: file, stamp: stamp)
    }

    /// Deletes the deck's file and its sidecar; the review log is not touched.
    public func remove(_ name: String) throws(FileSystemError) {
        if unlink(path(name)) != 0 { throw FileSystemError(path: path(name), code: errno) }
        unlink(indexPath(name))
    }

    /// A deck name must be a plain file name: letters, digits, `-`, `_`, `.`, `+`, not "builtin".
    public static func validate(_ name: String) -> String? {
        if name.isEmpty { return "a deck name cannot be empty" }
        if name == "builtin" { return "'builtin' names the built-in deck, which never changes; choose another name" }
        if name.hasPrefix(".") || name.utf8.count > 100
            || !name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.+".contains($0) })
        {
            return "deck name '\(name)' must be letters, digits, '-', '_', '.' or '+' (at most 100 bytes, not starting with '.')"
        }
        return nil
    }

    /// A usable deck name made from any text (a file's base name, an Anki deck "A::B").
    public static func sanitize(_ text: String) -> String {
        let last = text.split(separator: ":").last.map(String.init) ?? text
        var out = ""
        for ch in last {
            if ch.isLetter || ch.isNumber || "-_.+".contains(ch) { out.append(ch) } else if !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasPrefix(".") || out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty || out == "builtin" { out = "imported" }
        return String(out.prefix(80))
    }
}
