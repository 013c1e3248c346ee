#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers written for the worked solutions: locale-free, without Foundation, no "-0".
public enum NumberText {
    /// `x` with `decimals` digits after the point: fixed(0.25, 4) = "0.2500".
    public static func fixed(_ x: Double, _ decimals: Int) -> String {
        clean(c("%.\(decimals)f", x))
    }

    /// `digits` significant digits, plain or scientific as fits: sig(0.0452187, 3) = "0.0452",
    /// sig(1.23e-7, 3) = "1.23e-07".
    public static func sig(_ x: Double, _ digits: Int = 4) -> String {
        clean(c("%.\(digits)g", x))
    }

    /// A whole number with thousands separators: 1234567 → "1,234,567"; below 10,000 without.
    public static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        guard n.magnitude >= 10_000 else { return String(n) }
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A whole number from a Double known to be whole.
    public static func int(_ x: Double) -> String { String(Int(x)) }

    /// The shortest text that reads back as `x`, for drawn parameters such as 0.3 or 1e-8.
    public static func plain(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return clean(c("%.15g", x))
    }

    /// Negative numbers in parentheses inside a formula: 3 · (−2).
    public static func paren(_ text: String) -> String { text.hasPrefix("-") ? "(\(text))" : text }

    static func clean(_ text: String) -> String {
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { return String(text.dropFirst()) }
        return text
    }

    static func c(_ format: String, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([x]) { vsnprintf(&buffer, buffer.count, format, $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
