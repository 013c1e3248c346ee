import Corpus
import Exercises

extension StudyPlan {
    /// The instance an exercise card shows now, seeded by its id and its reviews so far: replaying the
    /// log shows the same numbers, and every review brings new ones. Nil for other cards.
    func exercise(for card: Card) -> Exercise? {
        guard card.kind == .exercise, let template = ExerciseCatalog.template(forCard: card.id) else { return nil }
        let reviews = session.schedules[card.id]?.reviews ?? 0
        return template.instance(seed: ExerciseSeed.forReview(cardID: card.id, priorReviews: reviews))
    }
}
