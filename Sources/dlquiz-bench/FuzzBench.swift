import Corpus
import Foundation
import ImportExport

/// A seeded mutation fuzzer over every importer: seeds are the deck's own exports in each format,
/// sample articles, and, when run from the repository, Tests/Fuzz/Seeds, Tests/Fuzz/Regressions and
/// Data/articles. Each input is a seed with random byte flips, inserted syntax (quotes, tabs, `Q:`, `<`,
/// `&`, `#`), cuts, splices and repeats; one input in eight is first grown to up to 64 KB (libFuzzer's
/// -max_len) by concatenating seeds and repeating pieces, so that time against size is exercised.
/// Each input goes to one `FuzzTarget` in turn (`FileReader` by name, by forced format, each reader
/// directly). A crash or hang stops the program (that is the failure); it prints the input count, the
/// mean, the slowest input (re-timed, best of three) and times per size (target ≤ 10 ms per input).
///
/// `FUZZ_INPUTS=N` (default 100,000), `FUZZ_SEED=S`, `FUZZ_SLOWEST=FILE` writes the slowest input,
/// `FUZZ_OVER=DIR` every input that stayed above 10 ms (`FUZZ_KEEP_MS=N`: above N ms).
/// `FUZZ_CORPUS=DIR[:DIR…]` instead times every file under the folders (a libFuzzer corpus) through every target
/// (`FUZZ_TARGET=NAME`: those whose name contains NAME; `FUZZ_REPEAT=N`: each file repeated up to N bytes).
func fuzzBenchmarks() {
    let env = ProcessInfo.processInfo.environment
    if let dir = env["FUZZ_CORPUS"] {
        fuzzCorpusBenchmark(dir, slowestPath: env["FUZZ_SLOWEST"], overDir: env["FUZZ_OVER"])
        return
    }
    let count = Int(env["FUZZ_INPUTS"] ?? "") ?? 100_000
    let seed = UInt64(env["FUZZ_SEED"] ?? "") ?? 7
    var state = seed
    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(n, 1)))
    }
    let cards = Array(((try? Deck.embedded())?.cards ?? []).prefix(12))
    var seeds: [[UInt8]] = ExportFormat.allCases.map { Array($0.render(cards, deckName: "fuzz").utf8) }
    seeds.append(Array("# Title\n\n## What is x?\nAn answer.\n\n**Why y?**\n\n```python\nx = 1\n```\n\n- What is z?\n  text\n".utf8))
    seeds.append(Array("1. What is a tensor?\nAn array.\n2. What is a loss?\nAnswer: error.\n3. Why?\nBecause.\n".utf8))
    seeds.append(Array("#separator:comma\n#columns:Front,Back,Tags\n\"a, \"\"b\"\"\",<div>c<br>d</div>,t\n".utf8))
    seeds.append(Array("z=i=1nwixi+b z = \\sum_{i=1}^{n} w_{i}x_{i} + b and [0.1,0.1][-0.1, 0.1] with $x^2$ bb p p\n".utf8))
    for dir in ["Tests/Fuzz/Seeds", "Tests/Fuzz/Regressions", "Data/articles"] {
        for file in filesUnder(dir) { if let data = FileManager.default.contents(atPath: file), !data.isEmpty { seeds.append(Array(data)) } }
    }
    let tokens: [[UInt8]] = ["\"", "\t", "\n", "\r\n", "<", ">", "&", "&#", "#", "Q:", "A:", "C:", "---", "```", "<pre>", "<br>",
                             "{", "[", "\\", ",", "#separator:", "#html:true\n", "\u{FEFF}", "é", "\u{0}", "$", "_{", "^", "**", "1. ",
                             "Answer:", "\n## ", "\n- ", "<div>", "</p>", "&amp;", "\\frac{", "}", "(", ")", "]", " = "].map { Array($0.utf8) }
    let targets = FuzzTarget.all
    let maxLen = 65536
    var stats = FuzzStats()
    for i in 0..<count {
        var input = seeds[next(seeds.count)]
        var origin = "seed"
        if next(8) == 0 {
            // Grow to a random size up to 64 KB: whole seeds, pieces of seeds, and pieces of the input repeated.
            origin = "grown"
            let size = 1024 + next(maxLen - 1024)
            while input.count < size {
                switch next(3) {
                case 0: input += seeds[next(seeds.count)]
                case 1:
                    let other = seeds[next(seeds.count)]
                    let from = next(other.count)
                    input += other[from..<min(other.count, from + 1 + next(2000))]
                default:
                    let from = next(input.count)
                    let piece = Array(input[from..<min(input.count, from + 1 + next(200))])
                    for _ in 0..<(1 + next(400)) { input += piece }
                }
            }
            input.removeSubrange(size...)
        }
        for _ in 0..<(1 + next(8)) {
            switch next(6) {
            case 0 where !input.isEmpty: input[next(input.count)] = UInt8(next(256))
            case 1: input.insert(contentsOf: tokens[next(tokens.count)], at: next(input.count + 1))
            case 2 where input.count > 1: input.removeSubrange(next(input.count)..<input.count)
            case 3:
                let other = seeds[next(seeds.count)]
                let from = next(other.count)
                input.insert(contentsOf: other[from..<min(other.count, from + next(400))], at: next(input.count + 1))
            case 4 where !input.isEmpty:
                let from = next(input.count)
                let piece = Array(input[from..<min(input.count, from + 1 + next(40))])
                let times = 1 + next(64)
                input.insert(contentsOf: (0..<times).flatMap { _ in piece }, at: next(input.count + 1))
            default: if input.count > 2 { let a = next(input.count); input.removeSubrange(a..<min(input.count, a + next(50))) }
            }
        }
        if input.count > maxLen { input.removeSubrange(maxLen...) }
        let target = targets[i % targets.count]
        stats.add(input, target: target, first: target.time(input), origin: "\(origin) input #\(i)")
    }
    for line in stats.report("fuzz: \(count) inputs (seed \(seed), \(seeds.count) seeds), 0 crashes, 0 hangs") { print(line) }
    stats.writeSlowest(to: env["FUZZ_SLOWEST"])
    stats.writeOver(to: env["FUZZ_OVER"])
}

/// Times every file under the `:`-separated folders `dirs` (recursively) through every `FuzzTarget`, uninstrumented: the per-input
/// figure for a libFuzzer corpus. Each run is one figure; the slowest is re-timed (best of three).
/// Also prints the slowest file's total over all targets (what one libFuzzer execution of it costs).
func fuzzCorpusBenchmark(_ dirs: String, slowestPath: String?, overDir: String? = nil) {
    let files = dirs.split(separator: ":").flatMap { filesUnder(String($0)) }
    // FUZZ_TARGET=NAME keeps the targets whose name contains NAME (to profile one reader).
    let only = ProcessInfo.processInfo.environment["FUZZ_TARGET"]
    let targets = FuzzTarget.all.filter { only == nil || $0.name.contains(only!) }
    let repeatTo = ProcessInfo.processInfo.environment["FUZZ_REPEAT"].flatMap { Int($0) }
    var stats = FuzzStats()
    var slowestFile = 0.0, slowestFileName = ""
    for file in files {
        guard let data = FileManager.default.contents(atPath: file), !data.isEmpty else { continue }
        var bytes = Array(data)
        // FUZZ_REPEAT=N: each file repeated up to N bytes (libFuzzer's small inputs grown to the size where a
        // cost per line or per candidate adds up; a 4 KB input repeated to 60 KB once took 74 ms).
        if let size = repeatTo, bytes.count < size {
            let unit = bytes
            while bytes.count + unit.count <= size { bytes += unit }
        }
        var fileTotal = 0.0
        for target in targets {
            let t = target.time(bytes)
            fileTotal += t
            if t > FuzzStats.targetSeconds {
                FileHandle.standardError.write(Data(String(format: "  over 10 ms: %.2f ms, %@, %@\n", t * 1000, target.name, file).utf8))
            }
            stats.add(bytes, target: target, first: t, origin: file)
        }
        if fileTotal > slowestFile { slowestFile = fileTotal; slowestFileName = file }
    }
    for line in stats.report("fuzz corpus: \(files.count) files × \(targets.count) targets = \(stats.count) runs") { print(line) }
    print(String(format: "  slowest file over all %d targets: %.2f ms (%@)", targets.count, slowestFile * 1000, slowestFileName))
    stats.writeSlowest(to: slowestPath)
    stats.writeOver(to: overDir)
}

/// Regular files under `dir`, recursively, sorted; none when it does not exist.
func filesUnder(_ dir: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: dir) else { return [] }
    var files: [String] = []
    while let rel = walker.nextObject() as? String {
        let path = dir + "/" + rel
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue { files.append(path) }
    }
    return files.sorted()
}
