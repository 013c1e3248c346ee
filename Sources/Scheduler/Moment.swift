import Platform
#if canImport(Glibc)
import Glibc
#endif

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

    /// "2026-03-01T10:00:00Z", with ".ffffff" (trailing zeros dropped) only when not on a whole second.
    /// Formatted by hand (civil-from-days), as `schedule` prints a million of these.
    public var iso: String {
        let secs = seconds
        let fraction = Int(micros - secs * Moment.microsPerSecond)
        let days = Int(Moment.floorDivide(secs, 86_400))
        let inDay = Int(secs - Int64(days) * 86_400)
        // H. Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        if year < 0 || year > 9999 { return ISOTime.format(self) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { out -> String in
            var n = 0
            func put(_ v: Int, _ width: Int) {
                var x = v
                for k in stride(from: width - 1, through: 0, by: -1) {
                    out[n + k] = UInt8(48 + x % 10)
                    x /= 10
                }
                n += width
            }
            func byte(_ b: UInt8) {
                out[n] = b
                n += 1
            }
            put(year, 4); byte(45); put(month, 2); byte(45); put(day, 2); byte(84)
            put(inDay / 3600, 2); byte(58); put(inDay / 60 % 60, 2); byte(58); put(inDay % 60, 2)
            if fraction != 0 {
                byte(46)
                var f = fraction, width = 6
                while f % 10 == 0 { f /= 10; width -= 1 }
                put(f, width)
            }
            byte(90)
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<n]), as: UTF8.self)
        }
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
