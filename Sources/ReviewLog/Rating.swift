/// The four FSRS grades, as the log stores them (`"rating": 1`-`4`).
public enum Rating: Int, CaseIterable, Sendable {
    case again = 1, hard = 2, good = 3, easy = 4

    /// "1"-"4" or "again", "hard", "good", "easy" (any case, surrounding spaces ignored).
    public init?(text: String) {
        let t = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
        if let n = Int(t), let r = Rating(rawValue: n) {
            self = r
            return
        }
        guard let r = Rating.allCases.first(where: { $0.name == t }) else { return nil }
        self = r
    }

    public var name: String {
        switch self {
        case .again: return "again"
        case .hard: return "hard"
        case .good: return "good"
        case .easy: return "easy"
        }
    }
}
