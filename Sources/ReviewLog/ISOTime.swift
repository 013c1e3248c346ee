/// ISO 8601 times, the one formatter and the one parser of dlquiz: by hand, locale-free,
/// exact to the microsecond, and fast (the log scanner parses a time on every line, `schedule`
/// prints a million), with no `timegm`, `gmtime_r` or Foundation.
///
/// Format: "2026-03-01T10:00:00Z", with ".ffffff" (trailing zeros dropped) only when not on a
/// whole second. Parse: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.ffffff]]" with "Z", "±HH:MM" or no
/// zone (read as UTC); "T" may be a space.
public enum ISOTime {
    /// "2026-03-01T10:00:00Z" or "2026-03-01T10:00:00.25Z" (civil-from-days, H. Hinnant).
    public static func format(_ moment: Moment) -> String {
        let secs = moment.seconds
        let fraction = Int(moment.micros - secs * Moment.microsPerSecond)
        let days = Int(Moment.floorDivide(secs, 86_400))
        let inDay = Int(secs - Int64(days) * 86_400)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { out -> String in
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
            // Years outside 0...9999 (never written by dlquiz) get a sign or more digits.
            if year < 0 { byte(45) }
            var yearWidth = 4, limit = 10_000
            while abs(year) >= limit { yearWidth += 1; limit *= 10 }
            put(abs(year), yearWidth); byte(45); put(month, 2); byte(45); put(day, 2); byte(84)
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

    /// The instant `text` names, or nil when it is not in the accepted grammar.
    public static func parse(_ text: String) -> Moment? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buf in
            parse(UnsafeBufferPointer(buf), 0, buf.count)
        }
    }

    /// Parses `b[start..<end]` in place (the log scanner's entry point: no String is made).
    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Moment? {
        if end - start == 20, let m = parseCanonical(b.baseAddress! + start) { return m }
        var i = start
        @inline(__always) func number(_ digits: Int) -> Int? {
            guard i + digits <= end else { return nil }
            var v = 0
            for k in 0..<digits {
                let c = b[i + k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += digits
            return v
        }
        @inline(__always) func take(_ c: UInt8) -> Bool {
            if i < end, b[i] == c { i += 1; return true }
            return false
        }
        guard let year = number(4), take(45), let month = number(2), take(45), let day = number(2),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        var hour = 0, minute = 0, second = 0
        var fraction: Int64 = 0
        var offset = 0
        if i < end {
            guard take(84) || take(32) || take(116) else { return nil }  // T, space, t
            guard let h = number(2), take(58), let m = number(2) else { return nil }
            hour = h
            minute = m
            if take(58) {
                guard let s = number(2) else { return nil }
                second = s
                if take(46) || take(44) {
                    var scale: Int64 = 100_000
                    var any = false
                    while i < end, b[i] >= 48, b[i] <= 57 {
                        fraction += Int64(b[i] - 48) * scale
                        scale /= 10
                        i += 1
                        any = true
                    }
                    guard any else { return nil }
                }
            }
            guard hour < 24, minute < 60, second < 61 else { return nil }
            if take(90) || take(122) {  // Z, z
            } else if i < end, b[i] == 43 || b[i] == 45 {
                let sign = b[i] == 45 ? -1 : 1
                i += 1
                guard let oh = number(2) else { return nil }
                _ = take(58)
                guard let om = number(2) else { return nil }
                offset = sign * (oh * 3600 + om * 60)
            }
            guard i == end else { return nil }
        }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
        return Moment(micros: seconds * 1_000_000 + fraction)
    }

    /// "YYYY-MM-DDTHH:MM:SSZ", the form dlquiz writes: fixed offsets, no loops.
    @inline(__always)
    static func parseCanonical(_ p: UnsafePointer<UInt8>) -> Moment? {
        guard p[4] == 45, p[7] == 45, p[10] == 84, p[13] == 58, p[16] == 58, p[19] == 90 else { return nil }
        var bad = false
        @inline(__always) func d(_ k: Int) -> Int {
            let v = Int(p[k]) &- 48
            if v < 0 || v > 9 { bad = true }
            return v
        }
        let year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)
        let month = d(5) * 10 + d(6), day = d(8) * 10 + d(9)
        let hour = d(11) * 10 + d(12), minute = d(14) * 10 + d(15), second = d(17) * 10 + d(18)
        guard !bad, month >= 1, month <= 12, day >= 1, day <= daysIn(month: month, year: year), hour < 24, minute < 60,
            second < 61
        else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Moment(seconds: Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second))
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
