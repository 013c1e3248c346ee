#if canImport(Glibc)
import Glibc
#endif

/// Number formatting for the text output: fixed decimals, locale-free, no "-0.0000".
public enum Formatting {
    /// `x` with `decimals` digits after the point, e.g. fixed(0.25, 4) = "0.2500".
    public static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        let text = cFormat("%.\(decimals)f", x)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
    }

    /// Scientific notation with `digits` significant digits, e.g. sci(0.000123, 3) = "1.23e-04".
    public static func sci(_ x: Double, _ digits: Int) -> String {
        cFormat("%.\(digits - 1)e", x)
    }

    /// printf-style formatting of one number, in the C locale (Foundation's String(format:) would pull in ICU).
    public static func cFormat(_ format: String, _ x: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        _ = withVaList([x]) { vsnprintf(&buffer, buffer.count, format, $0) }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `x` rounded to `decimals` digits, for numbers embedded in sentences.
    public static func round(_ x: Double, _ decimals: Int) -> Double {
        let scale = Glibc.pow(10.0, Double(decimals))
        return (x * scale).rounded() / scale
    }

    /// log₁₀ x, for plots with a logarithmic x axis.
    public static func log10(_ x: Double) -> Double { Glibc.log10(x) }

    /// Right-aligns `text` in `width` columns.
    public static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: Swift.max(0, width - text.count)) + text
    }

    /// Left-aligns `text` in `width` columns.
    public static func padRight(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: Swift.max(0, width - text.count))
    }
}
