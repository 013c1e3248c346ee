import Foundation
import JSONKit
import ReviewLog
import Scheduler

/// `dlquiz optimize` against fsrs-rs: the large simulated logs of
/// Tests/SchedulerTests/Fixtures/optimizer/fixtures.json are regenerated with make_fixtures.py
/// (needs python3 and fsrs-rs-python), fitted by dlquiz and checked against fsrs-rs's committed
/// figures (log loss at most 0.5% worse, RMSE(bins) within 0.005); the 100,000-review log is
/// timed (target <= 2 s) end to end and fit only, alternating with fsrs-rs-python's fit on the same
/// log in the same run (medians of 5: the machine may be shared).
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

    /// One dlquiz run on a log: end to end (read + scan + items + fit) and the fit alone.
    func fitOnce(_ path: String, threads: Int = 2) -> (total: Double, read: Double, items: Double, fit: Double, parameters: [Double], set: TrainingSet) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let log = try! ReviewLogFile.withContents(path: path) { ReviewLogScanner.parse($0) }
        let t1 = DispatchTime.now().uptimeNanoseconds
        let set = TrainingSet(log: log, clock: clock)
        let t2 = DispatchTime.now().uptimeNanoseconds
        var optimizer = FSRSOptimizer()
        optimizer.threads = threads
        let parameters = optimizer.fit(set).parameters
        let t3 = DispatchTime.now().uptimeNanoseconds
        return (Double(t3 - t0) / 1e9, Double(t1 - t0) / 1e9, Double(t2 - t1) / 1e9, Double(t3 - t2) / 1e9, parameters, set)
    }

    guard python, let data = try? Data(contentsOf: fixtures.appendingPathComponent("fixtures.json")),
        let all = try? JSONParser.parse(Array(data)).arrayValue
    else {
        print("optimize: python3 with fsrs-rs-python not found (pip install fsrs-rs-python): timing dlquiz alone")
        let path = dir + "/reviews.jsonl"
        writeSyntheticLog(path, reviews: 100_000)
        let runs = (0..<5).map { _ in fitOnce(path) }
        print(String(format: "optimize: %d reviews: dlquiz %.3f s end to end, %.3f s fit only (medians of 5; target <= 2 s)",
                     runs[0].set.reviewCount, median(runs.map(\.total)), median(runs.map(\.fit))))
        return
    }
    for fixture in all where fixture["log"]?.isNull ?? true {
        guard let command = fixture["regenerate"]?.stringValue else { continue }
        let words = command.split(separator: " ").map(String.init)  // python3 make_fixtures.py simulate N /tmp/x NAME SEED
        let n = words[3], name = words[5], seed = words[6]
        let path = dir + "/\(name)-\(n).jsonl"
        _ = run(["python3", script, "simulate", n, path, name, seed])
        let first = fitOnce(path)
        let parameters = first.parameters, set = first.set
        let ours = ModelEvaluation.evaluate(set, parameters: parameters)!
        let reference = fixture["log_loss"]!.doubleValue!, referenceRMSE = fixture["rmse_bins"]!.doubleValue!
        let defaults = fixture["default"]!["log_loss"]!.doubleValue!
        let ok = ours.logLoss <= reference * 1.005 && abs(ours.rmseBins - referenceRMSE) <= 0.005
            && (ours.logLoss < defaults || reference >= defaults)
        print(String(format: "optimize: %@-%@: %d reviews: log loss %.5f vs fsrs-rs %.5f (%+.2f%%; defaults %.5f), RMSE(bins) %.4f vs %.4f: %@",
                     name, n, set.reviewCount, ours.logLoss, reference, (ours.logLoss / reference - 1) * 100, defaults,
                     ours.rmseBins, referenceRMSE, ok ? "ok" : "OFF TARGET"))
        if set.reviewCount >= 90_000 {
            // Alternate the two so that load from other processes falls on both alike; medians.
            var runs: [(total: Double, read: Double, items: Double, fit: Double, parameters: [Double], set: TrainingSet)] = []
            var rsSeconds: [Double] = []
            var single: [Double] = [], cpu: [Double] = []
            for _ in 0..<5 {
                let c0 = processCPUSeconds()
                runs.append(fitOnce(path))
                cpu.append(processCPUSeconds() - c0)
                let one = fitOnce(path, threads: 1)
                precondition(one.parameters == parameters, "the fit must not depend on the thread count")
                single.append(one.fit)
                if let out = run(["python3", script, "fit", path]), let json = try? JSONParser.parse(out),
                    let s = json["seconds"]?.doubleValue
                {
                    rsSeconds.append(s)
                }
            }
            let total = median(runs.map(\.total)), fit = median(runs.map(\.fit)), rs = rsSeconds.isEmpty ? .nan : median(rsSeconds)
            print(String(format: "optimize: %d reviews, medians of %d alternating runs (the machine may be shared):",
                         set.reviewCount, runs.count))
            print(String(format: "  dlquiz end to end %.3f s (read + scan %.3f, items %.3f, fit %.3f; target <= 2 s)",
                         total, median(runs.map(\.read)), median(runs.map(\.items)), fit))
            print(String(format: "  dlquiz fit on one thread %.3f s; CPU time of a 2-thread end-to-end run %.3f s", median(single), median(cpu)))
            print(String(format: "  fsrs-rs-python fit %.3f s (compute_parameters on ready items)", rs))
            print(String(format: "  ratio dlquiz/fsrs-rs: fit only %.2f, end to end %.2f (target <= 1)", fit / rs, total / rs))
        }
    }
}

/// CPU time used by this process so far (all threads), in seconds.
private func processCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
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
