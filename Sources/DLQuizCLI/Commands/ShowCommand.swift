import Corpus
import JSONKit

/// `dlquiz show ID`: one card in full.
struct ShowCommand: Command {
    static let name = "show"
    static let summary = "Show a card: answer, alternates, sources, note and key points."
    static let discussion = "Example: dlquiz show dropout"

    var id = ""
    var json = false
    var noPager = false

    static let arguments: [Argument<ShowCommand>] = [
        .positional(\.id, "ID", kind: .cardID, help: "The card's id; see: dlquiz list."),
        .flag(\.json, "--json", help: "Print the card as one JSON object in the corpus schema."),
        .flag(\.noPager, "--no-pager", help: "In a terminal, print a card taller than the screen instead of paging it ($PAGER, default less -R)."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let card = try CardLookup.card(id, in: try ctx.deck())
        if json {
            try ctx.console.line(card.json.compact)
            return 0
        }
        let text = Self.render(card, width: min(ctx.console.width, 100), color: ctx.useColor)
        if Pager.wanted(text, ctx, enabled: !noPager), Pager.run(text, ctx) { return 0 }
        try ctx.console.out(text)
        return 0
    }

    static func render(_ card: Card, width: Int, color: Bool) -> String {
        let text = CardText(width: width, color: color)
        var out = text.style(card.question, CardText.bold) + "\n"
        out += text.style("\(card.id) · \(card.level.rawValue) · \(card.tags.joined(separator: ", "))"
            + (card.kind == .personal ? " · personal" : ""), CardText.dim) + "\n\n"
        out += text.render(card.answer) + "\n"
        if let note = card.note {
            out += "\n" + text.style("Note", CardText.yellow) + "\n" + text.render(note) + "\n"
        }
        if !card.keyPoints.isEmpty {
            out += "\n" + text.style("Key points", CardText.cyan) + "\n"
            for k in card.keyPoints { out += text.render("- " + k.text) + "\n" }
        }
        for (i, alternate) in card.alternates.enumerated() {
            out += "\n" + text.style("Another source's answer (\(i + 1) of \(card.alternates.count))", CardText.dim) + "\n"
            out += text.render(alternate) + "\n"
        }
        out += "\n" + text.style("Sources", CardText.dim) + "\n"
        for source in card.sources {
            out += text.style(text.render("- " + ArticleTitles.describe(file: source.file, index: source.index)), CardText.dim) + "\n"
        }
        if let demo = card.demo { out += "Try: dlquiz demo \(demo)\n" }
        return out
    }
}
