import Corpus
import Exercises
import Grading

/// Turns a typed answer into an `InterviewAnswer`: concept cards through the Grader, exercise cards
/// by checking the number against the instance shown (right 1, wrong 0).
public struct InterviewScorer: Sendable {
    public let grader: Grader

    public init(grader: Grader = Grader()) { self.grader = grader }

    public enum Outcome: Sendable {
        /// A concept card, with the Grader's full result (for the graded event).
        case graded(InterviewAnswer, GradeResult)
        /// An exercise card, with the check's verdict.
        case checked(InterviewAnswer, ExerciseVerdict)
        /// An exercise answer that is not a number of the right form: ask again.
        case unreadable(String)
    }

    public func score(_ text: String, for question: InterviewQuestion, elapsedMs: Int) -> Outcome {
        if let exercise = question.exercise {
            let verdict = exercise.check(text)
            if case .unreadable(let why) = verdict { return .unreadable(why) }
            let answer = InterviewAnswer(
                card: question.card.id, topic: question.topic, question: exercise.question, answer: text,
                score: verdict.isRight ? 1 : 0, rating: verdict.suggestedRating,
                missed: verdict.isRight ? [] : ["the answer is \(exercise.answerText)"], elapsedMs: elapsedMs)
            return .checked(answer, verdict)
        }
        let result = grader.grade(text, for: question.card)
        let answer = InterviewAnswer(
            card: question.card.id, topic: question.topic, question: question.card.question, answer: text,
            score: result.score, rating: result.autoGraded ? result.rating : nil, missed: result.missed, elapsedMs: elapsedMs)
        return .graded(answer, result)
    }

    /// A skipped question: score 0, every key point missed.
    public func skipped(_ question: InterviewQuestion, elapsedMs: Int) -> InterviewAnswer {
        let missed = question.exercise.map { ["the answer is \($0.answerText)"] } ?? question.card.keyPoints.map(\.text)
        return InterviewAnswer(card: question.card.id, topic: question.topic, question: question.text, answer: nil,
                               score: 0, rating: nil, missed: missed, elapsedMs: elapsedMs)
    }
}
