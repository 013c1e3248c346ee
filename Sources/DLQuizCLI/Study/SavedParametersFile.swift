#if canImport(Glibc)
import Glibc
#endif
import Platform
import ReviewLog
import Scheduler

/// `$DLQUIZ_HOME/parameters.json` on disk: read for study, stats, schedule and optimize, written
/// atomically by `optimize --save`, removed by `optimize --reset`; errors worded for the user.
enum SavedParametersFile {
    static func path(_ ctx: Context) -> String { ctx.homePath + "/" + SavedParameters.fileName }

    /// The saved parameters, or nil when there is no file. A damaged or invalid file is an error
    /// that names the way out, never silently replaced by the defaults.
    static func load(_ ctx: Context) throws(CLIError) -> SavedParameters? {
        let path = path(ctx)
        guard FileSystem.fileExists(atPath: path) else { return nil }
        guard let bytes = FileSystem.contents(atPath: path) else { throw .failure("cannot read \(path)") }
        do {
            return try SavedParameters(fileBytes: bytes)
        } catch {
            switch error {
            case .notJSON(let reason): throw .failure("\(path) is not valid JSON (\(reason)); remove it with: dlquiz optimize --reset")
            case .noParameters: throw .failure("\(path) has no \"parameters\" list; remove it with: dlquiz optimize --reset")
            case .invalid(let reason): throw .failure("\(path): \(reason.description); remove it with: dlquiz optimize --reset")
            }
        }
    }

    /// Writes the file atomically (temporary file, fsync, rename), creating the data folder if needed.
    static func save(_ record: SavedParameters, _ ctx: Context) throws(CLIError) {
        do throws(ReviewLogError) {
            try ReviewLogFile.prepareHome(ctx.homePath, mustExist: false)
        } catch {
            throw .failure(ReviewLogAccess.words(error))
        }
        do {
            try FileSystem.writeAtomically(record.fileBytes, toPath: path(ctx))
        } catch {
            throw .failure("cannot save the parameters: \(error.description)")
        }
    }

    /// Removes the file; false when there was none.
    static func remove(_ ctx: Context) throws(CLIError) -> Bool {
        let path = path(ctx)
        guard FileSystem.fileExists(atPath: path) else { return false }
        guard unlink(path) == 0 else {
            throw .failure("cannot remove \(path): \(String(cString: strerror(errno)))")
        }
        return true
    }
}
