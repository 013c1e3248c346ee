/// A failure the user should read: one line on stderr, then the exit code.
public enum CLIError: Error, Equatable {
    /// Bad flags or arguments: exit 2.
    case usage(String)
    /// The command could not do its job: exit 1.
    case failure(String)
    /// Standard output's reader went away (`dlquiz list | head`): end quietly, as `cat` or `grep`
    /// do when SIGPIPE ends them, with no message and the shell's status for it, 128 + 13.
    case brokenPipe

    public var exitCode: Int32 {
        switch self {
        case .usage: return 2
        case .failure: return 1
        case .brokenPipe: return 141
        }
    }

    public var message: String {
        switch self {
        case .usage(let m), .failure(let m): return m
        case .brokenPipe: return ""
        }
    }
}
