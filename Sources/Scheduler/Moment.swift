import Foundation

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

    /// The nearest microsecond to a Foundation date.
    public init(_ date: Date) {
        micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    public var date: Date { Date(timeIntervalSince1970: Double(micros) / 1_000_000) }

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

    /// "2026-03-01T10:00:00Z", with ".ffffff" only when the instant is not on a whole second.
    public var iso: String {
        let base = ISOTime.format(Date(timeIntervalSince1970: Double(seconds)))
        let fraction = micros - seconds * Moment.microsPerSecond
        guard fraction != 0 else { return base }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 6 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return String(base.dropLast()) + "." + digits + "Z"
    }

    /// Parses what `ISOTime.parse` accepts, keeping microseconds exact.
    public static func parse(_ text: String) -> Moment? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buf in
            ISOScanner.parse(UnsafeBufferPointer(buf), 0, buf.count)
        }
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
