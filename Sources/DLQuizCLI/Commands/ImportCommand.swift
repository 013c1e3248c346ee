import Corpus
import ImportExport
import JSONKit

/// `dlquiz import FILE...`: reads articles, Markdown decks, Anki text or JSON into a user deck.
///
/// The command reads every file first (one bad file means nothing is written), folds each into its
/// user deck with `Importer`, saves the decks it changed and prints the reports.
struct ImportCommand: Command {
    static let name = "import"
    static let summary = "Import questions from articles, Markdown decks, Anki text (CSV/TSV) or JSON."
    static let discussion = """
        Cards go to $DLQUIZ_HOME/decks/NAME.json; the built-in deck never changes. A question that
        duplicates a card (built-in, any user deck, or earlier in the file) under the deck's duplicate
        rules becomes a source answer of that card. Importing the same file again updates edited
        answers in place and keeps card ids, so reviews are kept.
        Examples: dlquiz import Tests/ImportExportTests/Fixtures/sample-deck.md --dry-run
                  dlquiz import anki-export.txt --deck interviews
                  curl -sL URL | dlquiz import - --deck company --dry-run
        """

    var files: [String] = []
    var format: ImportFormat? = nil
    var deck: String? = nil
    var dryRun = false
    var noMerge = false
    var json = false

    static let arguments: [Argument<ImportCommand>] = [
        .positional(\.files, "FILE", kind: .file, help: "The files to import; - reads standard input (its deck: stdin, or --deck)."),
        .option(\.format, "--format", "FORMAT", help: "article, markdown, csv, tsv or json (default: from the extension and the content)."),
        .option(\.deck, "--deck", "NAME", help: "The user deck to import into (default: each file's base name)."),
        .flag(\.dryRun, "--dry-run", help: "Read and report, write nothing."),
        .flag(\.noMerge, "--no-merge", help: "Keep questions that duplicate a card as cards of their own."),
        .flag(\.json, "--json", help: "Print each file's report as one JSON object: {\"format\", \"cards\", \"merged\", \"skipped\", \"warnings\", ...}."),
    ]

    func validate() throws(CLIError) {
        guard !files.isEmpty else { throw .usage("missing FILE to import") }
        if files.count(where: { $0 == FileReader.standardInput }) > 1 { throw .usage("standard input (-) can be imported once") }
        if let deck, let problem = UserDeckStore.validate(deck) { throw .usage(problem) }
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        // Read every file first: one bad file means nothing is written.
        var reads: [(path: String, output: FileReader.Output)] = []
        for path in files {
            do { reads.append((path, try FileReader.read(path: path, format: format))) } catch { throw .failure(error.description) }
        }
        let store = ctx.userDecks
        var decks: [String: UserDeck] = [:]
        do throws(CorpusError) {
            for name in store.names() { decks[name] = try store.load(name) }
        } catch {
            throw .failure(error.description)
        }
        let builtin = try ctx.builtinDeck()
        let importer = Importer(noMerge: noMerge)
        var reports: [ImportReport] = []
        var touched: [String] = []
        for (path, output) in reads {
            let path = FileReader.shownPath(path)
            let name = deck ?? UserDeckStore.sanitize(FileReader.stem(path))
            let target = decks[name] ?? UserDeck(name: name)
            let existing = DeckSet(builtin: builtin, userDecks: decks.keys.sorted().map { decks[$0]! })
            let result = importer.run(read: output.result, format: output.format, file: FileReader.baseName(path), into: target, existing: existing)
            decks[name] = result.deck
            if result.report.changed, !touched.contains(name) { touched.append(name) }
            reports.append(result.report)
        }
        if !dryRun {
            for name in touched {
                do { try store.save(decks[name]!) } catch { throw .failure("cannot save deck '\(name)': \(error.description)") }
            }
        }
        if json {
            try ctx.console.out(reports.map { $0.json.compact + "\n" }.joined())
        } else {
            try ctx.console.out(reports.map { $0.text(dryRun: dryRun) }.joined())
        }
        return 0
    }
}

extension ImportFormat: ArgumentValue {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var expectation: String { allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + allCases.last!.rawValue }
    public static var kind: ValueKind { .choice(allCases.map(\.rawValue)) }
    public var argumentText: String { rawValue }
}
