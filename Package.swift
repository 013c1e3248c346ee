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
        // reviews.jsonl: records, the one write path (flock, fsync), the fast scanner, ISO 8601 times.
        .target(name: "ReviewLog", dependencies: ["Platform", "JSONKit"]),
        // FSRS-6, replay of the log, study sessions, statistics.
        .target(name: "Scheduler", dependencies: ["ReviewLog", "JSONKit"]),
        .target(name: "TinyTensor"),
        // The demos as data: each runs an experiment on TinyTensor and returns a report.
        .target(name: "Demos", dependencies: ["TinyTensor", "JSONKit"]),
        // The demos for people: tables, plots and the wording (with option names) of errors and advice.
        .target(name: "DemoText", dependencies: ["Demos", "TinyTensor", "JSONKit"]),
        .target(name: "Grading", dependencies: ["Corpus", "JSONKit"]),
        // Reading and writing decks as files (articles, Markdown, Anki text, JSON) and the user's own decks.
        .target(name: "ImportExport", dependencies: ["Corpus", "JSONKit", "Platform"]),
        // Exercise cards: templates that draw fresh numbers, check numeric answers, solve step by step.
        .target(name: "Exercises", dependencies: ["Corpus", "TinyTensor", "JSONKit"]),
        // Mock interviews: a seeded mix of questions across topics, scored, and the report.
        .target(name: "Interview", dependencies: ["Corpus", "Grading", "Exercises", "Scheduler", "JSONKit"]),
        .target(name: "DLQuizCLI", dependencies: ["Corpus", "ReviewLog", "Scheduler", "Demos", "DemoText", "Grading", "Exercises", "Interview", "ImportExport", "JSONKit", "Platform"]),
        .executableTarget(name: "dlquiz", dependencies: ["DLQuizCLI", "Platform"]),
        .executableTarget(name: "dlquiz-bench", dependencies: ["DLQuizCLI", "Demos", "DemoText", "TinyTensor", "Exercises", "ImportExport"]),
        .executableTarget(name: "bench-hello"),

        // What several test targets share: the seeded generator of their generated inputs.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "JSONKitTests", dependencies: ["JSONKit"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "JSONKit", "TestSupport"]),
        .testTarget(name: "ReviewLogTests", dependencies: ["ReviewLog"]),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler", "ReviewLog", "JSONKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TinyTensorTests", dependencies: ["TinyTensor"]),
        .testTarget(name: "DemosTests", dependencies: ["Demos", "TinyTensor", "JSONKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DemoTextTests", dependencies: ["DemoText", "Demos", "TinyTensor"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Corpus", "JSONKit"], exclude: ["Evaluation"]),
        .testTarget(name: "ImportExportTests", dependencies: ["ImportExport", "Corpus", "JSONKit", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ExercisesTests", dependencies: ["Exercises", "Corpus", "JSONKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "InterviewTests", dependencies: ["Interview", "Corpus", "Exercises", "JSONKit"]),
        .testTarget(name: "CLITests", dependencies: ["DLQuizCLI", "JSONKit", "dlquiz"]),
    ]
)
