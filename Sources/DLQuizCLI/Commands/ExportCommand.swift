import Corpus
import ImportExport
import Platform

/// `dlquiz export`: the deck (or part of it) as Anki text, CSV, Markdown or JSON.
enum ExportCommand: Command {
    static let spec = CommandSpec(
        name: "export", summary: "Write cards as Anki text, CSV, Markdown (Q:/A:) or JSON.",
        usage: "dlquiz export [--format anki|csv|markdown|json] [--deck NAME] [--tag T] [--level L] [--out FILE]",
        options: [
            ("--format", "anki, csv, markdown or json (default: from --out's extension, else json)."),
            ("--tag", "Only cards with this tag (repeatable)."),
            ("--level", "Only cards of this level."),
            ("--out", "Write to FILE (atomically) instead of standard output."),
        ],
        discussion: """
            --deck NAME (repeatable; 'builtin' is the built-in deck) exports only those decks.
            The anki format imports into Anki (File › Import) as Basic notes; the card id is the note's GUID,
            so importing a newer export updates the notes. `dlquiz import` reads every format back.
            Example: dlquiz export --format anki --tag cnn --out cnn.txt
            """)

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        try args.expectPositionals(0, "")
        let out = args.option("--out")
        var format = ExportFormat.json
        if let f = args.option("--format") {
            guard let parsed = ExportFormat(rawValue: f.lowercased()) else {
                throw .usage("--format must be one of: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")), got '\(f)'")
            }
            format = parsed
        } else if let out {
            let lower = out.lowercased()
            if lower.hasSuffix(".csv") { format = .csv }
            else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { format = .markdown }
            else if lower.hasSuffix(".txt") || lower.hasSuffix(".tsv") { format = .anki }
        }
        let cards = try CardFilter(args).apply(ctx.deck().cards)
        let deckName = ctx.deckNames.count == 1 && ctx.deckNames[0] != DeckSet.builtinName ? ctx.deckNames[0] : "dlquiz"
        let text = format.render(cards, deckName: deckName)
        if let out {
            do { try FileSystem.writeAtomically(Array(text.utf8), toPath: out) } catch { throw .failure(error.description) }
            ctx.console.error("dlquiz: wrote \(cards.count) card\(cards.count == 1 ? "" : "s") to \(out) (\(format.rawValue))")
        } else {
            try ctx.console.out(text)
        }
        return 0
    }
}
