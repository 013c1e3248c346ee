import Corpus
import Foundation
import ImportExport

#if canImport(Glibc)
import Glibc
#endif

/// Import at scale: 50,000 Anki TSV rows read and deduplicated against the deck, target ≤ 2 s; then, with
/// them saved as a user deck, `list --json`, `search WORD` and a piped `study` (first card, then EOF) each
/// ≤ 100 ms start to exit. Rows are generated from a fixed seed: question templates over a vocabulary of
/// made-up terms, so they are mostly distinct, as a real deck's are, with some near-duplicates.
func importBenchmarks() {
    let rows = Int(ProcessInfo.processInfo.environment["IMPORT_BENCH_ROWS"] ?? "") ?? 50_000
    let runs = Int(ProcessInfo.processInfo.environment["IMPORT_BENCH_RUNS"] ?? "") ?? 30
    let tsv = syntheticAnkiText(rows: rows, seed: 42)
    let builtin = (try? Deck.embedded()) ?? Deck(cards: [])
    var times: [Double] = []
    var output: Importer.Output? = nil
    var read: FileReader.Output? = nil
    for _ in 0..<3 {
        let start = DispatchTime.now().uptimeNanoseconds
        guard let r = try? FileReader.read(bytes: Array(tsv.utf8), path: "big.txt") else { print("import: the generated file did not read"); return }
        let out = Importer().run(read: r.result, format: r.format, file: "big.txt", into: UserDeck(name: "big"),
                                 existing: DeckSet(builtin: builtin, userDecks: []))
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        output = out
        read = r
    }
    guard let output, let read else { return }
    print(String(format: "import: %d TSV rows read + deduplicated in %.2f s (median of 3; target ≤ 2 s): %d cards, %d merged, %d skipped",
                 rows, median(times), output.report.cards.count, output.report.merged.count, read.result.skipped.count))

    if ProcessInfo.processInfo.environment["IMPORT_BENCH_CLI"] == "0" { return }
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
    let dlquiz = folder + "/dlquiz"
    guard FileManager.default.isExecutableFile(atPath: dlquiz) else { print("import: build dlquiz first (swift build -c release)"); return }
    // The commands are measured with every row a card of its own (`import --no-merge`): the worst case, and
    // what a real 50,000-note deck of distinct questions gives.
    let all = Importer(noMerge: true).run(read: read.result, format: read.format, file: "big.txt", into: UserDeck(name: "big"),
                                          existing: DeckSet(builtin: builtin, userDecks: []))
    let keep = ProcessInfo.processInfo.environment["IMPORT_BENCH_HOME"]
    let home = keep ?? (NSTemporaryDirectory() + "dlquiz-bench-\(getpid())")
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: home) } }
    do { try UserDeckStore(home: home).save(all.deck) } catch { print("import: cannot save: \(error)"); return }
    let builtinHome = home + "/builtin-only"
    try? FileManager.default.createDirectory(atPath: builtinHome, withIntermediateDirectories: true)
    setenv("DLQUIZ_NOW", "2026-03-01T10:00:00Z", 1)

    var list: [Double] = [], search: [Double] = [], study: [Double] = [], builtinList: [Double] = []
    for _ in 0..<runs {
        setenv("DLQUIZ_HOME", builtinHome, 1)
        builtinList.append(runTime(dlquiz, ["list", "--json"]))
        setenv("DLQUIZ_HOME", home, 1)
        list.append(runTime(dlquiz, ["list", "--json"]))
        search.append(runTime(dlquiz, ["search", "gradient"]))
        study.append(runTime(dlquiz, ["study"], noInput: true))
    }
    func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
    let size = (try? FileManager.default.attributesOfItem(atPath: home + "/decks/big.json")[.size] as? Int) ?? 0
    print("import: with \(all.deck.cards.count) cards in a user deck (\(size / 1_000_000) MB), medians of \(runs) runs (target ≤ 100 ms each):")
    print("import:   dlquiz list --json     \(ms(median(list)))")
    print("import:   dlquiz search gradient \(ms(median(search)))")
    print("import:   dlquiz study < /dev/null (first card) \(ms(median(study)))")
    print("import:   built-in deck only: dlquiz list --json \(ms(median(builtinList)))")
    unsetenv("DLQUIZ_HOME")
}

/// An Anki "Notes in Plain Text" export with `rows` Basic notes, reproducible from `seed`.
func syntheticAnkiText(rows: Int, seed: UInt64) -> String {
    var state = seed
    func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }
    let syllables = ["ka", "lo", "mi", "tra", "sen", "dor", "vex", "qui", "zan", "pel", "rho", "nu", "gal", "fer", "ost", "ium"]
    var vocabulary: [String] = []
    for _ in 0..<20_000 { vocabulary.append((0..<(2 + next(3))).map { _ in syllables[next(syllables.count)] }.joined()) }
    let templates = [
        "What is %@?", "How does %@ affect %@?", "Explain the role of %@ in %@.", "Compare %@ and %@.",
        "Why is %@ used with %@?", "What are the benefits of %@?", "Describe %@ in the context of %@ and %@.",
        "When should you prefer %@ over %@?", "What problem does %@ solve?", "How is %@ computed from %@?",
    ]
    var out = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"
    for i in 0..<rows {
        // A skewed pick: lower indices (common terms) more often than higher ones, as in real text.
        func word() -> String { vocabulary[min(vocabulary.count - 1, Int(Double(vocabulary.count) * pow(Double(next(10_000)) / 10_000, 1.5)))] }
        var q = templates[next(templates.count)]
        while let r = q.range(of: "%@") { q.replaceSubrange(r, with: word()) }
        let answer = (0..<(8 + next(30))).map { _ in word() }.joined(separator: " ") + ".<br>See also " + word() + "."
        out += "g\(i)x\(next(1_000_000))\tBasic\tBig::Deck\t\(q)\t\(answer)\tbench \(syllables[next(syllables.count)])\n"
    }
    return out
}

