import Corpus
import JSONKit

/// `dlquiz corpus review`: every card's questions, any pair inside a card that a duplicate rule
/// objects to, and the most similar pairs across cards, for checking the curation by eye.
struct CorpusReviewCommand: Command {
    static let name = "review"
    static let summary = "Print every card's questions, rule objections inside cards, and the closest pairs across cards."

    var sources = ""
    var curation = ""
    var keypoints: String?
    var json = false

    static let arguments: [Argument<CorpusReviewCommand>] = [
        .required(\.sources, "--sources", "DIR", kind: .directory, help: "Folder of article .txt files (e.g. Data/articles)."),
        .required(\.curation, "--curation", "FILE", kind: .file, help: "The reviewed curation file (Data/curation.json)."),
        .option(\.keypoints, "--keypoints", "FILE", kind: .file, help: "Key points per card (default: keypoints.json beside the curation file)."),
        .flag(\.json, "--json", help: "Print the review as JSON: cards, ruled_out_inside_cards, near_misses."),
    ]

    func run(_ ctx: Context) throws(CLIError) -> Int32 {
        let text: String
        do {
            let result = try CorpusBuilder.build(sources: sources, curationPath: curation, keyPointsPath: keypoints)
            let threshold = try Curation.load(path: curation).threshold
            let review = CorpusReview(result, threshold: threshold)
            text = json ? CorpusReview.json(result, review: review).pretty + "\n" : CorpusReview.text(result, review: review)
        } catch {
            throw .failure(error.description)
        }
        try ctx.console.out(text)
        return 0
    }
}
