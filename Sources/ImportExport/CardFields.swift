import Corpus

/// The parts of a corpus-schema card that only a JSON file carries, kept through an import.
public struct CardFields: Equatable, Sendable {
    public var level: Level?
    public var kind: Kind?
    public var alternates: [String]
    public var demo: String?
    public var note: String?
    public var keyPoints: [KeyPoint]
    public var misconceptions: [String]

    public init(level: Level? = nil, kind: Kind? = nil, alternates: [String] = [], demo: String? = nil, note: String? = nil,
                keyPoints: [KeyPoint] = [], misconceptions: [String] = []) {
        self.level = level
        self.kind = kind
        self.alternates = alternates
        self.demo = demo
        self.note = note
        self.keyPoints = keyPoints
        self.misconceptions = misconceptions
    }
}
