/// What `dlquiz optimize` found, as data: the log's size, the parameters in use before and the
/// fitted ones, how well each predicts the log (and the defaults), what the fit changes for the
/// learner, the optional workload curve, and what happened about saving. `--evaluate` makes one
/// without a fit. Built from a training set by pure computation; the CLI does the file I/O and
/// prints `OptimizationReportText.render(_:)` or `json`.
public struct OptimizationReport: Sendable {
    /// The fit and what follows from it (absent for `--evaluate`).
    public struct Fit: Sendable {
        /// Fitted parameters, clipped to FSRS-6's bounds.
        public var parameters: [Double]
        public var outcome: FitOutcome
        /// Predictions the fit learned from (after the outlier filter).
        public var items: Int
        /// Time the fit took (not the reading of the log).
        public var seconds: Double
        public var score: ModelEvaluation
        /// Next intervals under the current parameters and under the fitted ones.
        public var before: IntervalPreview
        public var after: IntervalPreview
        public var curve: RetentionCurve?
    }

    /// What `--save` did.
    public enum SaveResult: Equatable, Sendable {
        /// Nothing saved: the fit kept the defaults.
        case tooLittleData
        /// The saved set predicts the log better than the fitted one, so it stays.
        case keptSaved
        /// Written to this path.
        case saved(path: String)
    }

    /// Where the log came from (a path), for the heading.
    public var source: String
    public var reviews: Int
    public var cards: Int
    /// Reviews predicted (fsrs-rs's items).
    public var predicted: Int
    /// "default", "saved" or "given": where the current parameters came from.
    public var currentName: String
    public var current: [Double]
    public var currentScore: ModelEvaluation
    public var defaultScore: ModelEvaluation
    public var fit: Fit?
    public var saved: SaveResult?

    /// Scores `current` (and the defaults) on `set`; nil when nothing in it can be predicted.
    public init?(set: TrainingSet, source: String, current: [Double], currentName: String) {
        let defaults = FSRSParameters.defaultWeights
        guard let defaultScore = ModelEvaluation.evaluate(set, parameters: defaults) else { return nil }
        self.source = source
        reviews = set.reviewCount
        cards = set.cardCount
        predicted = set.items.count
        self.current = current
        self.currentName = currentName
        self.defaultScore = defaultScore
        currentScore = current == defaults ? defaultScore : ModelEvaluation.evaluate(set, parameters: current)!
    }

    /// Adds a fit's result: its clipped parameters and score, the intervals before and after,
    /// and with `retentionCurve` the simulated workload for the fitted parameters.
    public mutating func add(_ result: FSRSOptimizer.Result, seconds: Double, set: TrainingSet, retentionCurve: Bool) {
        let fitted = ParameterClipper.clip(result.parameters)
        fit = Fit(
            parameters: fitted, outcome: result.outcome, items: result.items, seconds: seconds,
            score: fitted == current ? currentScore : ModelEvaluation.evaluate(set, parameters: fitted)!,
            before: IntervalPreview(parameters: current), after: IntervalPreview(parameters: fitted),
            curve: retentionCurve ? RetentionCurve.simulate(parameters: fitted) : nil)
    }

    /// What `--save` should do with the fit: nil to write it, else why not.
    public var reasonNotToSave: SaveResult? {
        guard let fit else { return .tooLittleData }
        if fit.outcome == .defaults { return .tooLittleData }
        if currentName == "saved", currentScore.logLoss < fit.score.logLoss { return .keptSaved }
        return nil
    }
}
