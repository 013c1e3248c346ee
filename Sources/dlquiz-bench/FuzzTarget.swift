import Foundation
import ImportExport

/// One way the fuzzers hand bytes to the importers: through `FileReader` (checks, decoding, detection,
/// the chosen reader) as a named file or with a forced format, or, like the libFuzzer entry
/// (Tests/Fuzz/FuzzEntry.swift), decoded leniently and given straight to one reader, so that NULs,
/// control characters and lines past `TextInput.maxLineBytes` reach every reader too.
struct FuzzTarget: Sendable {
    var name: String
    var run: @Sendable ([UInt8]) -> Void

    /// Every target, in a fixed order: `FileReader` by file name (`f.txt`, `f.md`, `f.csv`, `f.tsv`,
    /// `f.json`), `FileReader` with each forced format, then each reader on leniently decoded text.
    static let all: [FuzzTarget] = {
        var targets: [FuzzTarget] = ["f.txt", "f.md", "f.csv", "f.tsv", "f.json"].map { path in
            FuzzTarget(name: "FileReader(\(path))") { bytes in _ = try? FileReader.read(bytes: bytes, path: path) }
        }
        targets += ImportFormat.allCases.map { format in
            FuzzTarget(name: "FileReader(--format \(format.rawValue))") { bytes in
                _ = try? FileReader.read(bytes: bytes, path: "f", format: format)
            }
        }
        @Sendable func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
        targets += [
            FuzzTarget(name: "ArticleReader") { _ = ArticleReader.read(text($0), file: "fuzz") },
            FuzzTarget(name: "MarkdownDeckReader") { _ = MarkdownDeckReader.read(text($0), file: "fuzz") },
            FuzzTarget(name: "AnkiTextReader(csv)") { _ = try? AnkiTextReader.read(text($0), file: "fuzz", format: .csv) },
            FuzzTarget(name: "AnkiTextReader(tsv)") { _ = try? AnkiTextReader.read(text($0), file: "fuzz", format: .tsv) },
            FuzzTarget(name: "JSONDeckReader") { _ = try? JSONDeckReader.read(text($0), file: "fuzz") },
        ]
        return targets
    }()

    /// `FUZZ_CLOCK=cpu` times with the thread's CPU clock instead of the wall clock: for comparing changes
    /// while other processes load the machine (the figures to report are wall-clock, on an idle machine).
    static let cpuClock = ProcessInfo.processInfo.environment["FUZZ_CLOCK"] == "cpu"

    /// Seconds one run takes on `bytes`.
    func time(_ bytes: [UInt8]) -> Double {
        let start = Self.now()
        run(bytes)
        return Double(Self.now() - start) / 1e9
    }

    /// Nanoseconds on the chosen clock.
    static func now() -> UInt64 {
        guard cpuClock else { return DispatchTime.now().uptimeNanoseconds }
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    /// The best of `n` runs: a first time above the target may be the machine (another process on
    /// the core), the best of several is the input's own cost.
    func bestTime(_ bytes: [UInt8], runs n: Int = 3) -> Double {
        (0..<n).map { _ in time(bytes) }.min() ?? 0
    }
}
