import JSONKit

/// How close an answer must be. A real is right within `relative` of the answer, or within `absolute`
/// of it; both 0 means exact (counts and sizes). `absolute` serves answers the question asks to round
/// to a number of decimals (half a unit of the last decimal) and updates checked against the step size.
public struct Tolerance: Equatable, Sendable {
    public var relative: Double
    public var absolute: Double

    public init(relative: Double = 0, absolute: Double = 0) {
        self.relative = relative
        self.absolute = absolute
    }

    /// Counts and sizes.
    public static let exact = Tolerance()
    /// The default for reals: 1%.
    public static let percent = Tolerance(relative: 1e-2)

    /// 1%, or the rounding of `decimals` decimals (half a unit of the last place).
    public static func percentOr(decimals: Int) -> Tolerance {
        Tolerance(relative: 1e-2, absolute: 0.5 * power10(-decimals))
    }

    public var isExact: Bool { relative == 0 && absolute == 0 }

    /// True when `given` counts as `expected`. A hair of slack (1e-9 of the bound) keeps an answer typed
    /// exactly at the rounding boundary, e.g. 0.245 for 0.2449999999, from being marked wrong.
    public func accepts(_ given: Double, _ expected: Double) -> Bool {
        guard given.isFinite else { return false }
        let error = abs(given - expected)
        if isExact { return error <= 1e-9 * max(1, abs(expected)) }
        if error <= relative * abs(expected) * (1 + 1e-9) { return true }
        return error <= absolute * (1 + 1e-9) + 1e-15
    }

    public var json: JSON { ["relative": .number(relative), "absolute": .number(absolute)] }

    static func power10(_ n: Int) -> Double {
        var x = 1.0
        if n >= 0 { for _ in 0..<n { x *= 10 } } else { for _ in 0..<(-n) { x /= 10 } }
        return x
    }
}
