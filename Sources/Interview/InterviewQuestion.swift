import Corpus
import Exercises

/// One question of a mock interview: a concept card answered in words, or an exercise card with the
/// numbers of one instance, answered with a number.
public struct InterviewQuestion: Sendable {
    public var card: Card
    /// The topic it counts under in the report: the card's first tag that is not `exercise`.
    public var topic: String
    /// For exercise cards, the instance shown (its numbers are fixed by the interview's seed).
    public var exercise: Exercise?

    public init(card: Card, topic: String, exercise: Exercise? = nil) {
        self.card = card
        self.topic = topic
        self.exercise = exercise
    }

    /// What is asked: the exercise instance's question, or the card's.
    public var text: String { exercise?.question ?? card.question }

    /// The topic of a card: its first tag other than `exercise` (an exercise card counts under the
    /// subject it practises), `exercise` when it has no other, `untagged` when it has none.
    public static func topic(of card: Card) -> String {
        card.tags.first { $0 != "exercise" } ?? card.tags.first ?? "untagged"
    }
}
