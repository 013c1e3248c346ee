/// Why a deck could not be read or built; `description` is the one line the user sees.
public struct CorpusError: Error, Equatable, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
