/// Short interval labels for the grade keys: "45s", "1m", "6m", "3h", "1d", "8d", "3.5mo", "1.2y".
public enum IntervalText {
    public static func short(micros: Int64) -> String {
        let seconds = (Double(max(0, micros)) / 1e6).rounded()
        if seconds < 60 { return "\(Int(seconds))s" }
        let minutes = seconds / 60
        if minutes.rounded() < 60 { return "\(Int(minutes.rounded()))m" }
        let hours = minutes / 60
        if hours.rounded() < 24 { return "\(Int(hours.rounded()))h" }
        let days = hours / 24
        if days.rounded() < 30 { return "\(Int(days.rounded()))d" }
        if days < 365 { return oneDecimal(days / 30) + "mo" }
        return oneDecimal(days / 365) + "y"
    }

    static func oneDecimal(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
