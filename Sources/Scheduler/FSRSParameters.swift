/// The 21 FSRS-6 weights, checked against py-fsrs 6.3.2's bounds.
public struct FSRSParameters: Equatable, Sendable {
    public let weights: [Double]

    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]
    public static let lowerBounds: [Double] = [
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]
    public static let upperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    public static let `default` = try! FSRSParameters(defaultWeights)

    /// Validates: exactly 21 values, each within its bounds; the error lists every violation.
    public init(_ weights: [Double]) throws(SchedulerError) {
        guard weights.count == FSRSParameters.lowerBounds.count else {
            throw .parameterCount(weights.count)
        }
        var problems: [SchedulerError.ParameterViolation] = []
        for (i, w) in weights.enumerated() {
            let lo = FSRSParameters.lowerBounds[i], hi = FSRSParameters.upperBounds[i]
            if !(lo <= w && w <= hi) { problems.append(.init(index: i, value: w, lower: lo, upper: hi)) }
        }
        guard problems.isEmpty else { throw .parametersOutOfBounds(problems) }
        self.weights = weights
    }

    /// Reads "w0,w1,...,w20" (commas and/or spaces).
    public init(parsing text: String) throws(SchedulerError) {
        let pieces = text.split(whereSeparator: { $0 == "," || $0 == " " })
        var values: [Double] = []
        for p in pieces {
            guard let v = Double(p), v.isFinite else { throw .unreadableParameter(String(p)) }
            values.append(v)
        }
        try self.init(values)
    }
}
