import ReviewLog

#if canImport(Glibc)
import Glibc
#endif

/// The session's "now": the start time (`--now`, DLQUIZ_NOW or the system clock) plus the
/// monotonic time elapsed since the session began, so learning steps fall due as time passes.
struct SessionClock {
    let start: Moment
    private let startMonotonic: Int64

    init(start: Moment) {
        self.start = start
        startMonotonic = SessionClock.monotonicMicros()
    }

    /// Whole seconds, as the log stores review times.
    var now: Moment {
        let exact = start.adding(micros: SessionClock.monotonicMicros() - startMonotonic)
        return Moment(seconds: exact.seconds)
    }

    static func monotonicMicros() -> Int64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Int64(t.tv_sec) * 1_000_000 + Int64(t.tv_nsec) / 1000
    }
}
