import Foundation

/// What the fuzz benchmarks keep of their timings: count and mean per input size, the slowest input
/// (its bytes, the target that read it, where it came from), and how many first times exceeded the
/// target and how many of those stayed above it when timed again (best of three).
struct FuzzStats {
    static let targetSeconds = 0.010
    /// Upper bounds of the size buckets, in bytes (the last is libFuzzer's -max_len).
    static let bucketLimits = [1024, 8192, 32768, 65536, Int.max]

    var count = 0
    var total = 0.0
    var bucketCount = [Int](repeating: 0, count: bucketLimits.count)
    var bucketTotal = [Double](repeating: 0, count: bucketLimits.count)
    var bucketMax = [Double](repeating: 0, count: bucketLimits.count)
    var slowestFirst = 0.0
    var overFirst = 0
    var overConfirmed = 0
    /// The slowest input by its best-of-three time.
    var slowest = 0.0
    var slowestBytes: [UInt8] = []
    var slowestTarget = ""
    var slowestOrigin = ""
    /// Every input that stayed above the target (best of three), with its target's name: `FUZZ_OVER=DIR` writes them.
    var overInputs: [(bytes: [UInt8], target: String)] = []
    /// `FUZZ_KEEP_MS=N` keeps the inputs that stayed above N ms instead (N below 10: the tail to profile).
    static let keepSeconds = (ProcessInfo.processInfo.environment["FUZZ_KEEP_MS"].flatMap(Double.init) ?? 10) / 1000

    /// Records one timed run; an input above the target, or slower than the slowest so far, is timed again.
    mutating func add(_ bytes: [UInt8], target: FuzzTarget, first: Double, origin: String) {
        count += 1
        total += first
        slowestFirst = max(slowestFirst, first)
        var t = first
        if first > Self.targetSeconds || first > slowest || first > Self.keepSeconds {
            t = min(first, target.bestTime(bytes))
            if first > Self.targetSeconds { overFirst += 1 }
            if t > Self.targetSeconds { overConfirmed += 1 }
            if t > Self.keepSeconds { overInputs.append((bytes, target.name)) }
        }
        let b = Self.bucketLimits.firstIndex { bytes.count <= $0 } ?? Self.bucketLimits.count - 1
        bucketCount[b] += 1
        bucketTotal[b] += t
        bucketMax[b] = max(bucketMax[b], t)
        if t > slowest {
            slowest = t
            slowestBytes = bytes
            slowestTarget = target.name
            slowestOrigin = origin
        }
    }

    /// Lines for people: the summary, the slowest input, and the times per size.
    func report(_ what: String) -> [String] {
        var lines = [String(format: "%@; mean %.3f ms, slowest %.2f ms (best of 3; first time %.2f ms); over 10 ms: %d first times, %d confirmed",
                            what, total / Double(max(count, 1)) * 1000, slowest * 1000, slowestFirst * 1000, overFirst, overConfirmed)]
        lines.append("  slowest: \(slowestBytes.count) bytes, \(slowestTarget), \(slowestOrigin)")
        var lower = 0
        for (b, limit) in Self.bucketLimits.enumerated() where bucketCount[b] > 0 {
            let range = limit == Int.max ? "> \(lower / 1024) KB" : "\(lower / 1024)–\(limit / 1024) KB"
            lines.append(String(format: "  %@: %d runs, mean %.3f ms, max %.2f ms", range, bucketCount[b],
                                bucketTotal[b] / Double(bucketCount[b]) * 1000, bucketMax[b] * 1000))
            lower = limit
        }
        return lines
    }

    /// Writes every input that stayed above the target into the folder `dir` (FUZZ_OVER), one file each,
    /// named by its position and target, to profile them together.
    func writeOver(to dir: String?) {
        guard let dir, !overInputs.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (i, input) in overInputs.enumerated() {
            let name = input.target.filter { $0.isLetter || $0.isNumber || $0 == "." }
            _ = FileManager.default.createFile(atPath: "\(dir)/\(i)-\(name)", contents: Data(input.bytes))
        }
        print("  \(overInputs.count) inputs over \(Self.keepSeconds * 1000) ms written to \(dir)")
    }

    /// Writes the slowest input to `path` (FUZZ_SLOWEST), to profile or to keep as a regression.
    func writeSlowest(to path: String?) {
        guard let path, !slowestBytes.isEmpty else { return }
        _ = FileManager.default.createFile(atPath: path, contents: Data(slowestBytes))
        print("  slowest input written to \(path)")
    }
}
