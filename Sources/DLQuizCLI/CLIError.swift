/// A failure the user should read: one line on stderr, then the exit code.
public enum CLIError: Error, Equatable {
    /// Bad flags or arguments: exit 2.
    case usage(String)
    /// The command could not do its job: exit 1.
    case failure(String)

    public var exitCode: Int32 {
        switch self {
        case .usage: return 2
        case .failure: return 1
        }
    }

    public var message: String {
        switch self {
        case .usage(let m), .failure(let m): return m
        }
    }
}
