/// How a fit ended, as fsrs-rs decides it.
public enum FitOutcome: Equatable, Sendable {
    /// Adam over the items (the normal case).
    case trained
    /// Too few items to train (fewer than 64, or only first long-term reviews): pre-trained
    /// w0-w3 with the other parameters at their defaults.
    case initialStabilityOnly
    /// Too little data even for that (fewer than 8 items, or no first long-term review to learn
    /// from): the defaults.
    case defaults

    /// A line for people saying what happened and why.
    public func explanation(items: Int) -> String {
        switch self {
        case .trained:
            return "fitted all 21 parameters to \(items) predicted reviews"
        case .initialStabilityOnly:
            return "only \(items) predicted reviews (fsrs-rs trains from 64, with reviews beyond the first long-term one): fitted the initial stabilities w0-w3 only; the rest stay at their defaults"
        case .defaults:
            return "only \(items) predicted reviews (fsrs-rs needs at least 8, including first long-term reviews it can learn the initial stabilities from): kept the default parameters"
        }
    }
}
