#if canImport(Glibc)
import Glibc
#endif

/// What a parameter set means for the learner, in days between reviews at a desired retention:
/// a new card answered Good, then Good again when due, and a card that was then forgotten when
/// next due and relearned (Again, then Good the same day). Used to show what optimizing changes.
public struct IntervalPreview: Equatable, Sendable {
    public var firstGood: Int
    public var secondGood: Int
    public var afterLapse: Int

    public init(parameters: [Double], retention: Double = 0.9) {
        let model = MemoryModel(parameters)
        var step = MemoryModel.Step()
        var s = 0.0, d = 0.0
        model.forward(&s, &d, t: 0, rating: 3, first: true, step: &step)
        firstGood = RetentionCurve.interval(s, retention, model)
        model.forward(&s, &d, t: Double(firstGood), rating: 3, first: false, step: &step)
        secondGood = RetentionCurve.interval(s, retention, model)
        model.forward(&s, &d, t: Double(secondGood), rating: 1, first: false, step: &step)
        model.forward(&s, &d, t: 0, rating: 3, first: false, step: &step)
        afterLapse = RetentionCurve.interval(s, retention, model)
    }
}
