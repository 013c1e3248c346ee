import ReviewLog

/// A length of time in whole microseconds: learning steps, the learn-ahead limit.
///
/// Microseconds, like Python's `timedelta`, so step arithmetic matches py-fsrs exactly.
public struct TimeSpan: Comparable, Hashable, Sendable, CustomStringConvertible {
    public var micros: Int64

    public init(micros: Int64) { self.micros = micros }

    public static let zero = TimeSpan(micros: 0)
    public static func seconds(_ n: Int64) -> TimeSpan { TimeSpan(micros: n * 1_000_000) }
    public static func minutes(_ n: Int64) -> TimeSpan { .seconds(n * 60) }
    public static func hours(_ n: Int64) -> TimeSpan { .seconds(n * 3600) }
    public static func days(_ n: Int64) -> TimeSpan { .seconds(n * 86_400) }

    public static func < (a: TimeSpan, b: TimeSpan) -> Bool { a.micros < b.micros }

    /// Reads "30s", "1m", "10m", "1.5h", "1d"; a bare number means minutes. Nil when unreadable,
    /// negative or not finite ("0" is zero).
    public init?(parsing text: String) {
        var number = Substring(text)
        var unit = 60.0
        switch text.last {
        case "s": unit = 1; number = number.dropLast()
        case "m": unit = 60; number = number.dropLast()
        case "h": unit = 3600; number = number.dropLast()
        case "d": unit = 86400; number = number.dropLast()
        default: break
        }
        guard let v = Double(number), v >= 0, v.isFinite, v * unit < 1e12 else { return nil }
        micros = Int64((v * unit * 1_000_000).rounded())
    }

    /// "10m", "90s", "1h", "2d": the largest unit that divides the span, else seconds.
    public var description: String {
        for (unit, name) in [(Int64(86_400_000_000), "d"), (3_600_000_000, "h"), (60_000_000, "m"), (1_000_000, "s")]
        where micros != 0 && micros % unit == 0 {
            return "\(micros / unit)\(name)"
        }
        return micros == 0 ? "0" : "\(Double(micros) / 1e6)s"
    }
}

extension Moment {
    public func adding(_ span: TimeSpan) -> Moment { adding(micros: span.micros) }
}
