import ReviewLog

#if canImport(Glibc)
import Glibc
#endif

/// Study days: a day runs from the rollover hour (04:00 local by default, as in Anki) to the
/// same hour the next day. Times are stored in UTC; only day boundaries use local time.
public struct DayClock: Sendable {
    public var rolloverHour: Int
    /// Seconds east of UTC at an instant (local time zone, or fixed in tests).
    public var utcOffset: @Sendable (Moment) -> Int

    public init(rolloverHour: Int = 4, utcOffset: @escaping @Sendable (Moment) -> Int) {
        self.rolloverHour = rolloverHour
        self.utcOffset = utcOffset
    }

    /// The machine's time zone (TZ), via localtime_r.
    public static func local(rolloverHour: Int = 4) -> DayClock {
        DayClock(rolloverHour: rolloverHour) { moment in
            var t = time_t(moment.seconds)
            var parts = tm()
            localtime_r(&t, &parts)
            return Int(parts.tm_gmtoff)
        }
    }

    public static func fixed(offsetSeconds: Int = 0, rolloverHour: Int = 4) -> DayClock {
        DayClock(rolloverHour: rolloverHour) { _ in offsetSeconds }
    }

    /// The study-day number of an instant (days since 1970-01-01 in local time, shifted by the rollover).
    public func day(of moment: Moment) -> Int {
        let local = moment.seconds + Int64(utcOffset(moment)) - Int64(rolloverHour) * 3600
        return Int(Moment.floorDivide(local, 86_400))
    }

    /// The first instant of study day `day`.
    public func start(ofDay day: Int) -> Moment {
        let local = Int64(day) * 86_400 + Int64(rolloverHour) * 3600
        var guess = Moment(seconds: local - Int64(utcOffset(Moment(seconds: local))))
        guess = Moment(seconds: local - Int64(utcOffset(guess)))
        return guess
    }

    /// Local calendar date "YYYY-MM-DD" of a study day (the date on which it starts).
    public func label(ofDay day: Int) -> String {
        String(Moment(seconds: Int64(day) * 86_400).iso.prefix(10))
    }
}
