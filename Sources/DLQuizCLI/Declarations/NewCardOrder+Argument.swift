import Scheduler

/// `study --order deck|basic-first|random|spread`.
extension NewCardOrder: ArgumentValue {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
    public static var expectation: String { "deck, basic-first, random or spread" }
    public static var kind: ValueKind { .choice(allCases.map(\.rawValue)) }
    public var argumentText: String { rawValue }
}
