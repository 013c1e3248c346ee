import Platform

/// reviews.jsonl on disk: read under a shared lock, appended under an exclusive lock. This is the
/// one write path of the log: every record kind is appended through `append`.
///
/// Each record is one write(2) of the whole line, then fsync, so a crash leaves at most one torn
/// last line; the next append first adds a newline if the file does not end with one, so a torn
/// line never swallows a good one. Nothing is ever rewritten or deleted.
public final class ReviewLogFile {
    public var path: String { file.path }
    private let file: LockedFile

    public static let fileName = "reviews.jsonl"

    /// Checks the data folder: one that must exist (set by the user) must be there; otherwise it
    /// is created (mkdir -p). A path that exists and is not a folder is refused either way.
    public static func prepareHome(_ home: String, mustExist: Bool) throws(ReviewLogError) {
        if FileSystem.fileExists(atPath: home) {
            guard FileSystem.isDirectory(atPath: home) else { throw .homeNotAFolder(path: home) }
            return
        }
        if mustExist { throw .homeMissing(path: home) }
        do {
            try FileSystem.createDirectory(atPath: home)
        } catch {
            throw .cannotCreateHome(error)
        }
    }

    /// The whole log, or nothing when it does not exist yet.
    public static func read(path: String) throws(ReviewLogError) -> [UInt8] {
        try withContents(path: path) { Array($0) }
    }

    /// Calls `body` with the log's bytes, memory-mapped under a shared lock (no copy); an absent
    /// file reads as empty.
    public static func withContents<T>(path: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) throws(ReviewLogError) -> T {
        do throws(FileSystemError) {
            guard let file = try LockedFile.openForReading(path) else {
                return body(UnsafeBufferPointer(start: nil, count: 0))
            }
            do {
                return try file.withLock(exclusive: false) { () throws(FileSystemError) -> T in
                    try file.withContents(body)
                }
            } catch {
                switch error {
                case .file(let e), .body(let e): throw e
                }
            }
        } catch {
            throw .cannotRead(error)
        }
    }

    /// Opens (creating if needed) the log for appending.
    public init(appendingTo path: String) throws(ReviewLogError) {
        do {
            file = try LockedFile.openForAppending(path)
        } catch {
            throw .cannotWrite(error)
        }
    }

    /// Appends one record: lock, newline guard, one write(2) of the whole line, fsync, unlock.
    public func append(_ record: ReviewRecord) throws(ReviewLogError) {
        var line = record.jsonLine + "\n"
        let file = self.file
        do {
            try file.withLock(exclusive: true) { () throws(FileSystemError) in
                let size = try file.size()
                if size > 0, let last = FileSystem.byte(atOffset: size - 1, ofPath: file.path), last != 10 {
                    line = "\n" + line
                }
                try file.appendAndSync(Array(line.utf8))
            }
        } catch {
            switch error {
            case .file(let e), .body(let e): throw .cannotWrite(e)
            }
        }
    }
}
