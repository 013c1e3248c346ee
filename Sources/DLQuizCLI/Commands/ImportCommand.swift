import Corpus
import ImportExport
import JSONKit

/// `dlquiz import FILE...`: reads articles, Markdown decks, Anki text or JSON into a user deck.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import", summary: "Import questions from articles, Markdown decks, Anki text (CSV/TSV) or JSON.",
        usage: "dlquiz import FILE... [--format F] [--deck NAME] [--dry-run] [--no-merge] [--json]",
        flags: [
            ("--dry-run", "Read and report, write nothing."),
            ("--no-merge", "Keep questions that duplicate a card as cards of their own."),
            ("--json", "Print the report as JSON: {\"format\", \"cards\", \"merged\", \"skipped\", \"warnings\", ...}, one object per file."),
        ],
        options: [
            ("--format", "article, markdown, csv, tsv or json (default: from the extension and the content)."),
            ("--deck", "The user deck to import into (default: the file's base name)."),
        ],
        discussion: """
            Cards go to $DLQUIZ_HOME/decks/NAME.json; the built-in deck never changes. A question that
            duplicates a card (built-in, any user deck, or earlier in the file) becomes an alternate answer
            of that card. Importing the same file again updates edited answers in place and keeps card ids.
            Examples: dlquiz import anki-export.txt --dry-run
                      dlquiz import notes.md --deck interviews
            """)

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        let files = args.positionals
        guard !files.isEmpty else { throw .usage("missing FILE to import") }
        var format: ImportFormat? = nil
        if let f = args.option("--format") {
            guard let parsed = ImportFormat(rawValue: f.lowercased()) else {
                throw .usage("--format must be one of: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(f)'")
            }
            format = parsed
        }
        let forcedDeck = args.option("--deck")
        if let name = forcedDeck, let problem = UserDeckStore.validate(name) { throw .usage(problem) }
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
        let importer = Importer(noMerge: args.flag("--no-merge"))
        var reports: [ImportReport] = []
        var touched: [String] = []
        for (path, output) in reads {
            let name = forcedDeck ?? UserDeckStore.sanitize(FileReader.stem(path))
            let target = decks[name] ?? UserDeck(name: name)
            let existing = DeckSet(builtin: builtin, userDecks: decks.keys.sorted().map { decks[$0]! })
            let result = importer.run(read: output.result, format: output.format, file: FileReader.baseName(path), into: target, existing: existing)
            decks[name] = result.deck
            if result.report.changed, !touched.contains(name) { touched.append(name) }
            reports.append(result.report)
        }
        let dryRun = args.flag("--dry-run")
        if !dryRun {
            for name in touched {
                do { try store.save(decks[name]!) } catch { throw .failure("cannot save deck '\(name)': \(error.description)") }
            }
        }
        if args.flag("--json") {
            try ctx.console.out(reports.map { $0.json.compact + "\n" }.joined())
        } else {
            try ctx.console.out(reports.map { $0.text(dryRun: dryRun) }.joined())
        }
        return 0
    }
}
