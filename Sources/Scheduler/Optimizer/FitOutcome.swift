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
    /// `items`: predictions left after the outlier filter, of `total`.
    public func explanation(items: Int, total: Int) -> String {
        let left = items == total ? "\(items) predicted reviews" : "\(items) of \(total) predicted reviews left after fsrs-rs's outlier filter"
        switch self {
        case .trained:
            return "fitted all 21 parameters to " + left
        case .initialStabilityOnly:
            return "too little to train on (" + left + "; fsrs-rs trains from 64, beyond first long-term reviews): fitted the initial stabilities w0-w3 only, the rest stay at their defaults"
        case .defaults:
            return "too little to fit (" + left + "; fsrs-rs needs at least 8, with first long-term reviews to learn from): kept the default parameters"
        }
    }
}
