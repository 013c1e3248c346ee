#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files and folders through the C library: what dlquiz needs of Foundation's FileManager, without
/// linking Foundation (which costs start-up time in every command).
public enum FileSystem {
    /// The whole file, or nil when it cannot be opened or read.
    public static func contents(atPath path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { return nil }
        return readAll(fd)
    }

    /// Everything left to read from an open file, or nil on a read error (see errno).
    public static func readAll(_ fd: Int32) -> [UInt8]? {
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(4096, size + 1))
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
    }

    /// The file as UTF-8 text (invalid bytes repaired), or nil.
    public static func text(atPath path: String) -> String? {
        contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Replaces the file in one step: writes a temporary file beside it, fsyncs, renames over.
    public static func writeAtomically(_ bytes: [UInt8], toPath path: String) throws(FileSystemError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystemError(path: path, code: errno) }
        guard bytes.withUnsafeBufferPointer({ writeAll(fd, $0) }) else {
            let code = errno
            close(fd)
            unlink(temporary)
            throw FileSystemError(path: path, code: code)
        }
        guard fsync(fd) == 0, close(fd) == 0, rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileSystemError(path: path, code: code)
        }
    }

    /// write(2) until every byte is written, retrying after signals; false on an error (see errno).
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Names in a folder (no "." or ".."), unsorted; nil when it cannot be read.
    public static func contentsOfDirectory(atPath path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    public static func fileExists(atPath path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func isDirectory(atPath path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// mkdir -p.
    public static func createDirectory(atPath path: String) throws(FileSystemError) {
        if isDirectory(atPath: path) { return }
        let parent = parentDirectory(of: path)
        if parent != path, !parent.isEmpty { try createDirectory(atPath: parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw FileSystemError(path: path, code: errno) }
    }

    /// "a/b/c.json" gives "a/b"; "c.json" gives "."; "/c" gives "/".
    public static func parentDirectory(of path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "." }
        return slash == p.startIndex ? "/" : String(p[..<slash])
    }
}

extension FileSystem {
    /// The byte at `offset` of the file, or nil when it cannot be read (absent, shorter, unreadable).
    public static func byte(atOffset offset: Int, ofPath path: String) -> UInt8? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var byte: UInt8 = 0
        return pread(fd, &byte, 1, off_t(offset)) == 1 ? byte : nil
    }
}
