import Corpus
import Exercises
import JSONKit

/// `dlquiz show ID`: one card in full.
struct ShowCommand: Command {
    static let name = "show"
    static let summary = "Show a card: model answer, note, key points, the articles' answers and sources."
    static let discussion = "Example: dlquiz show dropout"

    var id = ""
    var json = false
    var noPager = false

    static let arguments: [Argument<ShowCommand>] = [
        .positional(\.id, "ID", kind: .cardID, help: "The card's id; see: dlquiz list."),
        .flag(\.json, "--json", help: "Print the card as one JSON object in the corpus schema (exercise cards add a \"sample\" instance)."),
        .flag(\.noPager, "--no-pager", help: "In a terminal, print a card taller than the screen instead of paging it ($PAGER, default less -R)."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let card = try CardLookup.card(id, ctx)
        if json {
            var object = card.json
            if let sample = ExerciseCatalog.template(forCard: card.id)?.instance(seed: 1), case .object(var o) = object {
                o["sample"] = sample.json
                object = .object(o)
            }
            try ctx.console.line(object.compact)
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
        let facts = [card.id, card.level.rawValue] + (card.tags.isEmpty ? [] : [card.tags.joined(separator: ", ")])
            + (card.kind == .concept ? [] : [card.kind.rawValue])
        out += text.style(facts.joined(separator: " · "), CardText.dim) + "\n\n"
        out += text.render(card.answer) + "\n"
        // Without a model answer the card's answer is one article's: say which.
        if let origin = card.sourceAnswers.first(where: { $0.text == card.answer }) {
            out += text.style(text.render("(from " + ArticleTitles.describe(file: origin.file, index: origin.index) + ")"), CardText.dim) + "\n"
        }
        if let note = card.note {
            out += "\n" + text.style("Note", CardText.yellow) + "\n" + text.render(note) + "\n"
        }
        if !card.keyPoints.isEmpty {
            out += "\n" + text.style("Key points", CardText.cyan) + "\n"
            for k in card.keyPoints { out += text.render("- " + k.text) + "\n" }
        }
        // The articles' own answers after ours, each labelled with its article and question number.
        let others = card.sourceAnswers.filter { $0.text != card.answer }
        for (i, other) in others.enumerated() {
            let label = "Answer in \(ArticleTitles.describe(file: other.file, index: other.index)) (\(i + 1) of \(others.count))"
            out += "\n" + text.wrap(label, width: width).map { text.style($0, CardText.dim) }.joined(separator: "\n") + "\n"
            out += text.render(other.text) + "\n"
        }
        // A deck without source_answers (an older file via --corpus) only has the texts.
        if card.sourceAnswers.isEmpty {
            for (i, alternate) in card.alternates.enumerated() {
                out += "\n" + text.style("Another source's answer (\(i + 1) of \(card.alternates.count))", CardText.dim) + "\n"
                out += text.render(alternate) + "\n"
            }
        }
        if let template = ExerciseCatalog.template(forCard: card.id) {
            let sample = template.instance(seed: 1)
            out += "\n" + text.style("Sample", CardText.cyan) + "\n" + ExerciseText.question(sample, text) + "\n"
            out += ExerciseText.solution(sample, text)
            if !card.practises.isEmpty { out += "\nPractises: " + card.practises.joined(separator: ", ") + "\n" }
            out += "Try: dlquiz exercise \(template.name)\n"
            return out
        }
        out += "\n" + text.style("Sources", CardText.dim) + "\n"
        for source in card.sources {
            out += text.style(text.render("- " + ArticleTitles.describe(file: source.file, index: source.index)), CardText.dim) + "\n"
        }
        if let demo = card.demo { out += "Try: dlquiz demo \(demo)\n" }
        for exercise in card.exercises { out += "Practise: dlquiz exercise \(exercise.dropFirst(ExerciseCatalog.cardPrefix.count))\n" }
        return out
    }
}
