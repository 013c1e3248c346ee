import Platform

/// One file read into questions: the bytes checked and decoded, the format chosen, the reader run.
public struct FileReader {
    public struct Output: Sendable {
        public var format: ImportFormat
        public var result: ReadResult
    }

    /// Reads `bytes` as the file `name` (its path, for messages and for the extension).
    public static func read(bytes: [UInt8], path: String, format forced: ImportFormat? = nil) throws(ImportError) -> Output {
        let name = baseName(path)
        let looksJSON = forced == .json || (forced == nil && (path.lowercased().hasSuffix(".json") || bytes.first(where: { $0 > 0x20 }) == UInt8(ascii: "{") || bytes.first(where: { $0 > 0x20 }) == UInt8(ascii: "[")))
        let text = try TextInput.decode(bytes, file: name, allowLongLines: looksJSON)
        let format = forced ?? ImportFormat.detect(path: path, text: text)
        if looksJSON, format != .json {
            _ = try TextInput.decode(bytes, file: name, allowLongLines: false)  // long lines only suit JSON
        }
        let result: ReadResult
        switch format {
        case .article: result = ArticleReader.read(text, file: name)
        case .markdown: result = MarkdownDeckReader.read(text, file: name)
        case .csv, .tsv: result = try AnkiTextReader.read(text, file: name, format: format)
        case .json: result = try JSONDeckReader.read(text, file: name)
        }
        // A file that gives no question at all is refused like a broken one (one line, exit 1, nothing
        // written): a header-only Anki export, prose, a Markdown file forced to `--format markdown` that has
        // no `Q:` blocks. The reader's own hint, if it has one, says how to mark questions.
        if result.notes.isEmpty, result.skipped.isEmpty {
            let hint = result.warnings.first.map { "; " + $0.replacing("no questions found: ", with: "") }
                ?? (forced == nil ? "" : "; without --format the format is detected from the extension and the content")
            throw ImportError(file: name, "no questions found (read as \(format.rawValue))" + hint)
        }
        return Output(format: format, result: result)
    }

    /// The path that names standard input (`curl … | dlquiz import - --deck mine`).
    public static let standardInput = "-"

    /// How a path is named in sources and reports: "stdin" for `-`, else the path.
    public static func shownPath(_ path: String) -> String { path == standardInput ? "stdin" : path }

    /// Reads the file at `path`; `-` reads standard input to its end.
    public static func read(path: String, format: ImportFormat? = nil) throws(ImportError) -> Output {
        if path == standardInput {
            guard let bytes = FileSystem.readAll(0) else { throw ImportError(file: "stdin", "cannot read standard input") }
            return try read(bytes: bytes, path: shownPath(path), format: format)
        }
        guard FileSystem.fileExists(atPath: path) else { throw ImportError(file: path, "no such file") }
        guard !FileSystem.isDirectory(atPath: path) else { throw ImportError(file: path, "is a folder, not a file") }
        guard let bytes = FileSystem.contents(atPath: path) else { throw ImportError(file: path, "cannot read the file") }
        return try read(bytes: bytes, path: path, format: format)
    }

    /// "dir/deck.v2.csv" gives "deck.v2.csv".
    public static func baseName(_ path: String) -> String {
        String(path.split(separator: "/", omittingEmptySubsequences: true).last ?? Substring(path))
    }

    /// "dir/deck.v2.csv" gives "deck.v2": the default user-deck name.
    public static func stem(_ path: String) -> String {
        let base = baseName(path)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }
}
