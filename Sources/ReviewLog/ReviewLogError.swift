import Platform

/// Why the review log or its folder could not be used. The CLI words these for the user (it
/// knows where the folder came from, e.g. DLQUIZ_HOME); `description` is a plain fallback.
public enum ReviewLogError: Error, CustomStringConvertible, Sendable {
    /// The data folder path exists and is not a folder.
    case homeNotAFolder(path: String)
    /// The data folder does not exist and was not to be created.
    case homeMissing(path: String)
    case cannotCreateHome(FileSystemError)
    case cannotRead(FileSystemError)
    /// Opening, locking, writing or syncing the log for an append failed.
    case cannotWrite(FileSystemError)

    public var description: String {
        switch self {
        case .homeNotAFolder(let path): return "data folder \(path) is not a directory"
        case .homeMissing(let path): return "data folder \(path) does not exist"
        case .cannotCreateHome(let e): return "cannot create data folder \(e.path): \(e.reason)"
        case .cannotRead(let e): return "cannot read the review log \(e.path): \(e.reason)"
        case .cannotWrite(let e): return "cannot write the review log \(e.path): \(e.reason)"
        }
    }
}
