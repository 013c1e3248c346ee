#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open file with advisory locking (flock), for files that several processes read and append
/// to at once. Reading maps the file (mmap) under a shared lock; appending takes an exclusive lock,
/// writes, and fsyncs. The descriptor is closed when the value goes away.
public final class LockedFile {
    public let path: String
    private let fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    deinit { close(fd) }

    /// Opens for reading; nil when the file does not exist.
    public static func openForReading(_ path: String) throws(FileSystemError) -> LockedFile? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw FileSystemError(path: path, code: errno)
        }
        return LockedFile(path: path, fd: fd)
    }

    /// Opens for appending, creating the file (mode 0644) when it is absent.
    public static func openForAppending(_ path: String) throws(FileSystemError) -> LockedFile {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemError(path: path, code: errno) }
        return LockedFile(path: path, fd: fd)
    }

    /// Runs `body` under a shared (readers) or exclusive (writer) lock; waits for the lock,
    /// retrying after signals.
    public func withLock<T, E: Error>(exclusive: Bool, _ body: () throws(E) -> T) throws(LockedFileError<E>) -> T {
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno != EINTR { throw .file(FileSystemError(path: path, code: errno)) }
        }
        defer { _ = flock(fd, LOCK_UN) }
        do {
            return try body()
        } catch {
            throw .body(error)
        }
    }

    /// The file's size in bytes now.
    public func size() throws(FileSystemError) -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystemError(path: path, code: errno) }
        return Int(info.st_size)
    }

    /// Calls `body` with the whole file, memory-mapped (read-only, no copy) or, when mapping is
    /// not possible (a pipe, some file systems), read into memory. Take the lock around it.
    public func withContents<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) throws(FileSystemError) -> T {
        let size = try size()
        if size == 0 { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0), map != MAP_FAILED else {
            guard let bytes = FileSystem.readAll(fd) else { throw FileSystemError(path: path, code: errno) }
            return bytes.withUnsafeBufferPointer(body)
        }
        defer { munmap(map, size) }
        _ = madvise(map, size, MADV_SEQUENTIAL)
        return body(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// Appends every byte (one write(2) unless interrupted), then fsyncs.
    public func appendAndSync(_ bytes: [UInt8]) throws(FileSystemError) {
        guard bytes.withUnsafeBufferPointer({ FileSystem.writeAll(fd, $0) }) else { throw FileSystemError(path: path, code: errno) }
        guard fsync(fd) == 0 else { throw FileSystemError(path: path, code: errno) }
    }
}

/// A failure inside `LockedFile.withLock`: taking the lock, or the body's own error.
public enum LockedFileError<Body: Error>: Error {
    case file(FileSystemError)
    case body(Body)
}
