import Platform

#if canImport(Glibc)
import Glibc
#endif

/// reviews.jsonl on disk: read under a shared lock, appended under an exclusive lock.
///
/// Each record is one write(2) of the whole line, then fsync, so a crash leaves at most one torn
/// last line; the next append first adds a newline if the file does not end with one, so a torn
/// line never swallows a good one. Nothing is ever rewritten or deleted.
public final class ReviewLogFile {
    public let path: String
    private let fd: Int32

    public static let fileName = "reviews.jsonl"

    /// Checks the data folder: an explicitly set one must exist; the default one is created.
    public static func prepareHome(_ home: String, mustExist: Bool) throws(SchedulerError) {
        var info = stat()
        if stat(home, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw SchedulerError("data folder \(home) is not a directory (check DLQUIZ_HOME)")
            }
            return
        }
        if mustExist {
            throw SchedulerError("data folder \(home) does not exist (DLQUIZ_HOME): create it or unset DLQUIZ_HOME")
        }
        do {
            try FileSystem.createDirectory(atPath: home)
        } catch {
            throw SchedulerError("cannot create data folder \(home)")
        }
    }

    /// The whole log, or nothing when it does not exist yet.
    public static func read(path: String) throws(SchedulerError) -> [UInt8] {
        try withContents(path: path) { Array($0) }
    }

    /// Calls `body` with the log's bytes, memory-mapped under a shared lock (no copy); an absent
    /// file reads as empty.
    public static func withContents<T>(path: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) throws(SchedulerError) -> T {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            throw SchedulerError("cannot read the review log \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        _ = flock(fd, LOCK_SH)
        defer { _ = flock(fd, LOCK_UN) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw SchedulerError("cannot read the review log \(path): \(String(cString: strerror(errno)))")
        }
        let size = Int(info.st_size)
        if size == 0 { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), map != MAP_FAILED else {
            guard let bytes = FileSystem.readAll(fd) else {
                throw SchedulerError("cannot read the review log \(path): \(String(cString: strerror(errno)))")
            }
            return bytes.withUnsafeBufferPointer(body)
        }
        defer { munmap(map, size) }
        _ = madvise(map, size, MADV_SEQUENTIAL)
        return body(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// Opens (creating if needed) the log for appending; fails with a clear message if it cannot be written.
    public init(appendingTo path: String) throws(SchedulerError) {
        self.path = path
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        if fd < 0 {
            let reason = String(cString: strerror(errno))
            throw SchedulerError("cannot write the review log \(path): \(reason) (is DLQUIZ_HOME writable?)")
        }
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends one record: lock, newline guard, one write(2) of the whole line, fsync, unlock.
    public func append(_ record: ReviewRecord) throws(SchedulerError) {
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw failure("cannot lock") }
        }
        defer { _ = flock(fd, LOCK_UN) }
        var line = record.jsonLine + "\n"
        var info = stat()
        if fstat(fd, &info) == 0, info.st_size > 0 {
            let check = open(path, O_RDONLY | O_CLOEXEC)
            if check >= 0 {
                var last: UInt8 = 10
                if pread(check, &last, 1, off_t(info.st_size - 1)) == 1, last != 10 { line = "\n" + line }
                close(check)
            }
        }
        let ok = line.withUTF8 { FileSystem.writeAll(fd, $0) }
        guard ok else { throw failure("cannot write") }
        guard fsync(fd) == 0 else { throw failure("cannot sync") }
    }

    private func failure(_ what: String) -> SchedulerError {
        SchedulerError("\(what) the review log \(path): \(String(cString: strerror(errno)))")
    }
}
