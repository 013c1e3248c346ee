/// Why `parameters.json` cannot be used. The CLI words these with the file's path and the way out
/// (`dlquiz optimize --reset`); `description` is a plain fallback.
public enum SavedParametersError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file is not JSON; the parser's reason.
    case notJSON(String)
    /// No `parameters` list of numbers.
    case noParameters
    /// The parameters fail `FSRSParameters`'s check (count or bounds).
    case invalid(SchedulerError)

    public var description: String {
        switch self {
        case .notJSON(let reason): return "not valid JSON (\(reason))"
        case .noParameters: return "no \"parameters\" list of numbers"
        case .invalid(let error): return error.description
        }
    }
}
