/// How hard a question is in an interview.
public enum Level: String, CaseIterable, Sendable, Comparable {
    case basic, intermediate, advanced

    public static func < (a: Level, b: Level) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
