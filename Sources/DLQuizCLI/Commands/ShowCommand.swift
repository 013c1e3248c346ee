import Corpus
import Exercises
import JSONKit

/// `dlquiz show ID`: one card in full.
enum ShowCommand: Command {
    static let spec = CommandSpec(
        name: "show", summary: "Show a card: answer, alternates, sources, note and key points.",
        usage: "dlquiz show ID [--json]",
        flags: [("--json", "Print the card as one JSON object in the corpus schema.")],
        discussion: "Example: dlquiz show dropout")

    static func run(_ args: Arguments, _ ctx: Context) throws(CLIError) -> Int32 {
        try args.expectPositionals(1, "card id (see: dlquiz list)")
        let card = try lookUp(args.positionals[0], in: try ctx.deck())
        if args.flag("--json") {
            var json = card.json
            if let sample = ExerciseCatalog.template(forCard: card.id)?.instance(seed: 1), case .object(var o) = json {
                o["sample"] = sample.json
                json = .object(o)
            }
            try ctx.console.line(json.compact)
            return 0
        }
        try ctx.console.out(render(card, width: min(ctx.console.width, 100), color: ctx.useColor))
        return 0
    }

    /// The card with this id, or a usage-free failure that names the closest ids.
    static func lookUp(_ id: String, in deck: Deck) throws(CLIError) -> Card {
        if let card = deck[id] { return card }
        let close = closestIDs(to: id, among: deck.cards.map(\.id))
        let hint = close.isEmpty ? "see: dlquiz list" : "did you mean: " + close.joined(separator: ", ")
        throw .failure("no card '\(id)' (\(hint))")
    }

    static func render(_ card: Card, width: Int, color: Bool) -> String {
        let text = CardText(width: width, color: color)
        var out = text.style(card.question, CardText.bold) + "\n"
        out += text.style("\(card.id) · \(card.level.rawValue) · \(card.tags.joined(separator: ", "))"
            + (card.kind == .concept ? "" : " · \(card.kind.rawValue)"), CardText.dim) + "\n\n"
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
        if let template = ExerciseCatalog.template(forCard: card.id) {
            let sample = template.instance(seed: 1)
            out += "\n" + text.style("Sample", CardText.cyan) + "\n" + ExerciseText.question(sample, text) + "\n"
            out += ExerciseText.solution(sample, text)
            if !card.practises.isEmpty { out += "\nPractises: " + card.practises.joined(separator: ", ") + "\n" }
            out += "Try: dlquiz exercise \(template.name)\n"
            return out
        }
        out += "\n" + text.style("Sources: " + card.sources.map { "\($0.file) #\($0.index)" }.joined(separator: ", "), CardText.dim) + "\n"
        if let demo = card.demo { out += "Try: dlquiz demo \(demo)\n" }
        for exercise in card.exercises { out += "Practise: dlquiz exercise \(exercise.dropFirst(ExerciseCatalog.cardPrefix.count))\n" }
        return out
    }
}
