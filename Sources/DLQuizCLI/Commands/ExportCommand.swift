import Corpus
import ImportExport
import Platform

/// `dlquiz export`: the deck (or part of it) as Anki text, CSV, Markdown or JSON.
struct ExportCommand: Command {
    static let name = "export"
    static let summary = "Write cards as Anki text, CSV, Markdown (Q:/A:) or JSON."
    static let discussion = """
        The global --deck NAME (repeatable; 'builtin' is the built-in deck) exports only those decks.
        The anki format imports into Anki (File › Import) as Basic notes; the card id is the note's GUID,
        so importing a newer export updates the notes. `dlquiz import` reads every format back.
        Example: dlquiz export --format anki --tag cnn --out cnn.txt
        """

    var format: ExportFormat? = nil
    var filter = CardFilter()
    var out: String? = nil

    static let arguments: [Argument<ExportCommand>] = [
        .option(\.format, "--format", "FORMAT", help: "anki, csv, markdown or json (default: from --out's extension, else json)."),
    ] + CardFilter.arguments.map { $0.lifted(\.filter) } + [
        .option(\.out, "--out", "FILE", kind: .file, help: "Write to FILE (atomically) instead of standard output."),
    ]

    /// The format asked for, else the one `--out`'s extension names, else JSON.
    var chosenFormat: ExportFormat {
        if let format { return format }
        let lower = (out ?? "").lowercased()
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".tsv") { return .anki }
        return .json
    }

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let deck = try ctx.deck()
        try filter.check(deck)
        let cards = filter.apply(deck.cards)
        let deckName = ctx.deckNames.count == 1 && ctx.deckNames[0] != DeckSet.builtinName ? ctx.deckNames[0] : "dlquiz"
        let format = chosenFormat
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

extension ExportFormat: ArgumentValue {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var expectation: String { allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + allCases.last!.rawValue }
    public static var kind: ValueKind { .choice(allCases.map(\.rawValue)) }
    public var argumentText: String { rawValue }
}
