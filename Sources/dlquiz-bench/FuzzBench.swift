import Corpus
import Foundation
import ImportExport

/// A seeded mutation fuzzer over every importer: seeds are the deck's own exports in each format and
/// sample articles; each input is a seed with random byte flips, inserted syntax (quotes, tabs, `Q:`,
/// `<`, `&`, `#`), cuts and splices, read as every format. A crash or hang stops the program (that
/// is the failure); it prints the input count, the slowest input and its time (target ≤ 10 ms).
/// `FUZZ_INPUTS=N` (default 100,000), `FUZZ_SEED=S`.
func fuzzBenchmarks() {
    let env = ProcessInfo.processInfo.environment
    let count = Int(env["FUZZ_INPUTS"] ?? "") ?? 100_000
    var state = UInt64(env["FUZZ_SEED"] ?? "") ?? 7
    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(n, 1)))
    }
    let cards = Array(((try? Deck.embedded())?.cards ?? []).prefix(12))
    var seeds: [[UInt8]] = ExportFormat.allCases.map { Array($0.render(cards, deckName: "fuzz").utf8) }
    seeds.append(Array("# Title\n\n## What is x?\nAn answer.\n\n**Why y?**\n\n```python\nx = 1\n```\n\n- What is z?\n  text\n".utf8))
    seeds.append(Array("1. What is a tensor?\nAn array.\n2. What is a loss?\nAnswer: error.\n3. Why?\nBecause.\n".utf8))
    seeds.append(Array("#separator:comma\n#columns:Front,Back,Tags\n\"a, \"\"b\"\"\",<div>c<br>d</div>,t\n".utf8))
    let tokens: [[UInt8]] = ["\"", "\t", "\n", "\r\n", "<", ">", "&", "&#", "#", "Q:", "A:", "C:", "---", "```", "<pre>", "<br>",
                             "{", "[", "\\", ",", "#separator:", "#html:true\n", "\u{FEFF}", "é", "\u{0}"].map { Array($0.utf8) }
    let formats: [ImportFormat?] = [nil] + ImportFormat.allCases.map { $0 }
    let names = ["f.txt", "f.md", "f.csv", "f.tsv", "f.json"]
    var slowest = 0.0, slowestSize = 0, failures = 0, total = 0.0
    for i in 0..<count {
        var input = seeds[next(seeds.count)]
        for _ in 0..<(1 + next(8)) {
            switch next(5) {
            case 0 where !input.isEmpty: input[next(input.count)] = UInt8(next(256))
            case 1: input.insert(contentsOf: tokens[next(tokens.count)], at: next(input.count + 1))
            case 2 where input.count > 1: input.removeSubrange(next(input.count)..<input.count)
            case 3:
                let other = seeds[next(seeds.count)]
                let from = next(other.count)
                input.insert(contentsOf: other[from..<min(other.count, from + next(400))], at: next(input.count + 1))
            default: if input.count > 2 { let a = next(input.count); input.removeSubrange(a..<min(input.count, a + next(50))) }
            }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let format = formats[i % formats.count]
        if (try? FileReader.read(bytes: input, path: names[next(names.count)], format: format)) == nil { failures += 1 }
        let t = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        total += t
        if t > slowest { slowest = t; slowestSize = input.count }
    }
    print(String(format: "fuzz: %d inputs, 0 crashes, 0 hangs; %d refused with an error line; mean %.3f ms, slowest %.2f ms (%d bytes; target ≤ 10 ms)",
                 count, failures, total / Double(max(count, 1)) * 1000, slowest * 1000, slowestSize))
}
