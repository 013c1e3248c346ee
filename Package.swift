// swift-tools-version:6.0
import PackageDescription

// No dependencies: the toolchain only (stdlib, Foundation, Glibc, Swift Testing).
let package = Package(
    name: "dlquiz",
    products: [
        .executable(name: "dlquiz", targets: ["dlquiz"]),
        .executable(name: "dlquiz-bench", targets: ["dlquiz-bench"]),
    ],
    targets: [
        // Data/corpus.json compiled into the binary with C23 #embed.
        .target(name: "CorpusData"),
        // Files, environment and clock through the C library, so the binary does not link Foundation.
        .target(name: "Platform"),
        // A small ordered JSON value with a fast parser and a deterministic printer.
        .target(name: "JSONKit"),
        .target(name: "Corpus", dependencies: ["CorpusData", "JSONKit", "Platform"]),
        .target(name: "Scheduler", dependencies: ["JSONKit", "Platform"]),
        .target(name: "TinyTensor"),
        .target(name: "Demos", dependencies: ["TinyTensor", "JSONKit"]),
        .target(name: "Grading", dependencies: ["Corpus", "JSONKit"]),
        // Reading and writing decks as files (articles, Markdown, Anki text, JSON) and the user's own decks.
        .target(name: "ImportExport", dependencies: ["Corpus", "JSONKit", "Platform"]),
        .target(name: "DLQuizCLI", dependencies: ["Corpus", "ImportExport", "Scheduler", "Demos", "Grading", "JSONKit", "Platform"]),
        .executableTarget(name: "dlquiz", dependencies: ["DLQuizCLI", "Platform"]),
        .executableTarget(name: "dlquiz-bench", dependencies: ["DLQuizCLI", "ImportExport"]),
        .executableTarget(name: "bench-hello"),

        .testTarget(name: "JSONKitTests", dependencies: ["JSONKit"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "JSONKit"]),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TinyTensorTests", dependencies: ["TinyTensor"]),
        .testTarget(name: "DemosTests", dependencies: ["Demos", "TinyTensor"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Corpus", "JSONKit"], exclude: ["Evaluation"]),
        .testTarget(name: "ImportExportTests", dependencies: ["ImportExport", "Corpus", "JSONKit"]),
        .testTarget(name: "CLITests", dependencies: ["DLQuizCLI", "JSONKit", "dlquiz"]),
    ]
)
