import Foundation
import JSONKit
import ReviewLog
import Scheduler

/// `dlquiz optimize` against fsrs-rs: the large simulated logs of
/// Tests/SchedulerTests/Fixtures/optimizer/fixtures.json are regenerated with make_fixtures.py
/// (needs python3 and fsrs-rs-python), fitted by dlquiz and checked against fsrs-rs's committed
/// figures (log loss at most 0.5% worse, RMSE(bins) within 0.005); the 100,000-review log is
/// timed (target <= 2 s, best of 3) and fsrs-rs-python is timed on the same log in the same run.
/// Without python, a Swift-generated 100,000-review log is timed alone.
func optimizerBenchmarks() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let fixtures = root.appendingPathComponent("Tests/SchedulerTests/Fixtures/optimizer")
    let script = fixtures.appendingPathComponent("make_fixtures.py").path
    let dir = NSTemporaryDirectory() + "dlquiz-optimize-bench-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let clock = DayClock.fixed(offsetSeconds: 0, rolloverHour: 4)
    let python = run(["python3", "-c", "import fsrs_rs_python"]) != nil

    func fitTimed(_ path: String) -> (seconds: Double, parameters: [Double], set: TrainingSet) {
        var best = Double.infinity
        var parameters: [Double] = []
        var set = TrainingSet()
        for _ in 0..<3 {
            let t0 = Date()
            let log = try! ReviewLogFile.withContents(path: path) { ReviewLogScanner.parse($0) }
            set = TrainingSet(log: log, clock: clock)
            parameters = FSRSOptimizer().fit(set).parameters
            best = min(best, Date().timeIntervalSince(t0))
        }
        return (best, parameters, set)
    }

    guard python, let data = try? Data(contentsOf: fixtures.appendingPathComponent("fixtures.json")),
        let all = try? JSONParser.parse(Array(data)).arrayValue
    else {
        print("optimize: python3 with fsrs-rs-python not found (pip install fsrs-rs-python): timing dlquiz alone")
        let path = dir + "/reviews.jsonl"
        writeSyntheticLog(path, reviews: 100_000)
        let (seconds, _, set) = fitTimed(path)
        print(String(format: "optimize: %d reviews fitted in %.3f s (target <= 2 s)", set.reviewCount, seconds))
        return
    }
    for fixture in all where fixture["log"]?.isNull ?? true {
        guard let command = fixture["regenerate"]?.stringValue else { continue }
        let words = command.split(separator: " ").map(String.init)  // python3 make_fixtures.py simulate N /tmp/x NAME SEED
        let n = words[3], name = words[5], seed = words[6]
        let path = dir + "/\(name)-\(n).jsonl"
        _ = run(["python3", script, "simulate", n, path, name, seed])
        let (seconds, parameters, set) = fitTimed(path)
        let ours = ModelEvaluation.evaluate(set, parameters: parameters)!
        let reference = fixture["log_loss"]!.doubleValue!, referenceRMSE = fixture["rmse_bins"]!.doubleValue!
        let defaults = fixture["default"]!["log_loss"]!.doubleValue!
        let ok = ours.logLoss <= reference * 1.005 && abs(ours.rmseBins - referenceRMSE) <= 0.005
            && (ours.logLoss < defaults || reference >= defaults)
        print(String(format: "optimize: %@-%@: %d reviews: log loss %.5f vs fsrs-rs %.5f (%+.2f%%; defaults %.5f), RMSE(bins) %.4f vs %.4f: %@",
                     name, n, set.reviewCount, ours.logLoss, reference, (ours.logLoss / reference - 1) * 100, defaults,
                     ours.rmseBins, referenceRMSE, ok ? "ok" : "OFF TARGET"))
        if set.reviewCount >= 90_000 {
            var rsSeconds = Double.infinity
            for _ in 0..<3 {
                if let out = run(["python3", script, "fit", path]), let json = try? JSONParser.parse(out),
                    let s = json["seconds"]?.doubleValue
                {
                    rsSeconds = min(rsSeconds, s)
                }
            }
            print(String(format: "optimize: %d reviews: dlquiz %.3f s (read + scan + items + fit, best of 3; target <= 2 s), fsrs-rs-python %.3f s (fit only, best of 3): ratio %.2f",
                         set.reviewCount, seconds, rsSeconds, seconds / rsSeconds))
        }
    }
}

/// Runs a command; its stdout, or nil when it fails.
private func run(_ arguments: [String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
}

/// A log of about `reviews` reviews for when python is missing: cards reviewed at the default
/// scheduler's intervals, recall drawn from its own prediction, same-day relearning after Again.
private func writeSyntheticLog(_ path: String, reviews: Int) {
    let fsrs = try! FSRS(fuzz: false)
    var random = SchedulerBenchRandom(seed: 7)
    var events: [(Int64, Int, Rating)] = []
    let start = Moment.parse("2025-01-06T09:00:00Z")!
    var card = 0
    while events.count < reviews {
        var s = CardSchedule(newAt: start)
        var at = start.adding(micros: Int64(card / 10) * Moment.microsPerDay + Int64(random.next() % 36_000) * 1_000_000)
        for _ in 0..<40 {
            let r = fsrs.retrievability(s, at: at)
            let u = Double(random.next() % 10_000) / 10_000
            let rating: Rating = s.lastReview == nil ? [.again, .hard, .good, .easy][Int(random.next() % 4)] : u < r ? (u < r * 0.1 ? .hard : .good) : .again
            s = fsrs.review(s, rating: rating, at: at)
            events.append((at.micros, card, rating))
            at = Moment(micros: max(s.due.micros, at.micros + 60_000_000) + Int64(random.next() % 7200) * 1_000_000)
        }
        card += 1
    }
    events.sort { $0.0 < $1.0 }
    let text = events.map { ReviewRecord(card: "c\($0.1)", rating: $0.2, at: Moment(micros: $0.0)).jsonLine + "\n" }.joined()
    try! text.write(toFile: path, atomically: false, encoding: .utf8)
}
