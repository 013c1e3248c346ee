import Corpus
import Exercises
import Scheduler

/// Picks the questions of a mock interview from a deck, the same ones for the same seed.
///
/// Concept cards (personal cards have no reference answer to grade against, so they are left out)
/// are taken round-robin over their topics, so one interview covers as many topics as it has
/// questions; the topic order and the cards within a topic are shuffled by the seed. About one
/// question in four (every fourth, while any are left) is an exercise card, whose instance is drawn
/// from the same seed.
public struct InterviewSelection: Sendable {
    /// Every `exerciseEvery`-th question is an exercise card (0: none).
    public var exerciseEvery = 4

    public init(exerciseEvery: Int = 4) { self.exerciseEvery = exerciseEvery }

    /// Up to `count` questions from `cards` (already filtered by level and tag).
    public func pick(from cards: [Card], count: Int, seed: UInt64) -> [InterviewQuestion] {
        var rng = SeededRandom(seed: seed)
        // Topics in first-seen order, then shuffled: the order of the deck never leaks into the pick.
        var topics: [String] = []
        var byTopic: [String: [Card]] = [:]
        var exercises: [Card] = []
        for card in cards {
            switch card.kind {
            case .personal: continue
            case .exercise:
                if ExerciseCatalog.template(forCard: card.id) != nil { exercises.append(card) }
            case .concept:
                let topic = InterviewQuestion.topic(of: card)
                if byTopic[topic] == nil { topics.append(topic) }
                byTopic[topic, default: []].append(card)
            }
        }
        topics = topics.seededShuffle(&rng)
        let queues = topics.map { byTopic[$0]!.seededShuffle(&rng) }
        var exerciseQueue = exercises.seededShuffle(&rng)
        var concepts: [Card] = []
        // Round-robin: one card from each topic in turn until `count` or none are left.
        var round = 0
        while concepts.count < count, queues.contains(where: { round < $0.count }) {
            for q in queues where round < q.count && concepts.count < count { concepts.append(q[round]) }
            round += 1
        }
        var out: [InterviewQuestion] = []
        var next = concepts.makeIterator()
        var conceptLeft = next.next()
        while out.count < count {
            let wantExercise = exerciseEvery > 0 && (out.count + 1) % exerciseEvery == 0
            if (wantExercise || conceptLeft == nil), !exerciseQueue.isEmpty {
                let card = exerciseQueue.removeFirst()
                let template = ExerciseCatalog.template(forCard: card.id)!
                let instance = template.instance(seed: Int(rng.next() % 1_000_000))
                out.append(InterviewQuestion(card: card, topic: InterviewQuestion.topic(of: card), exercise: instance))
            } else if let card = conceptLeft {
                out.append(InterviewQuestion(card: card, topic: InterviewQuestion.topic(of: card)))
                conceptLeft = next.next()
            } else {
                break
            }
        }
        return out
    }
}
