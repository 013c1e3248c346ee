#if canImport(Glibc)
import Glibc
#endif

/// ISO 8601 times in UTC, formatted and parsed by hand: locale-free, fast, fractional seconds allowed.
public enum ISOTime {
    /// "2026-03-01T10:00:00Z" (whole seconds, rounded down).
    public static func format(_ moment: Moment) -> String {
        var t = time_t(moment.seconds)
        var parts = tm()
        gmtime_r(&t, &parts)
        func pad(_ v: Int32, _ width: Int) -> String {
            let s = String(v)
            return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
            + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
    }

    /// Accepts "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" with "Z", "±HH:MM" or no zone (read as UTC);
    /// the same grammar as the review log (see `ISOScanner`).
    public static func parse(_ text: String) -> Moment? {
        Moment.parse(text)
    }
}
