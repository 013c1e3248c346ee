import Platform

/// An instant as whole microseconds since the Unix epoch (UTC).
///
/// py-fsrs computes with `datetime`/`timedelta`, which are exact microsecond counts; keeping the
/// same integer representation makes due times and elapsed-day counts match it exactly.
public struct Moment: Comparable, Hashable, Sendable {
    public var micros: Int64

    public static let microsPerSecond: Int64 = 1_000_000
    public static let microsPerDay: Int64 = 86_400_000_000

    public init(micros: Int64) { self.micros = micros }

    public init(seconds: Int64) { self.micros = seconds * Moment.microsPerSecond }

    /// The system clock, now.
    public static func now() -> Moment { Moment(micros: WallClock.nowMicroseconds()) }

    /// Whole seconds since the epoch, rounded down.
    public var seconds: Int64 { Moment.floorDivide(micros, Moment.microsPerSecond) }

    public static func < (a: Moment, b: Moment) -> Bool { a.micros < b.micros }

    public func adding(micros delta: Int64) -> Moment { Moment(micros: micros + delta) }

    public func adding(days: Int) -> Moment { Moment(micros: micros + Int64(days) * Moment.microsPerDay) }

    /// Whole 24-hour periods from `earlier` to `self`, rounded toward minus infinity like `timedelta.days`.
    public func wholeDays(since earlier: Moment) -> Int {
        Int(Moment.floorDivide(micros - earlier.micros, Moment.microsPerDay))
    }

    /// Fractional days from `earlier` to `self`.
    public func days(since earlier: Moment) -> Double {
        Double(micros - earlier.micros) / Double(Moment.microsPerDay)
    }

    /// "2026-03-01T10:00:00Z" (see `ISOTime.format`).
    public var iso: String { ISOTime.format(self) }

    /// Parses what `ISOTime.parse` accepts, keeping microseconds exact.
    public static func parse(_ text: String) -> Moment? { ISOTime.parse(text) }

    /// a / b rounded toward minus infinity (b > 0), as Python's // does.
    public static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
