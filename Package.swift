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
        // Exercise cards: templates that draw fresh numbers, check numeric answers, solve step by step.
        .target(name: "Exercises", dependencies: ["Corpus", "TinyTensor", "JSONKit"]),
        .target(name: "DLQuizCLI", dependencies: ["Corpus", "Scheduler", "Demos", "Grading", "Exercises", "JSONKit", "Platform"]),
        .executableTarget(name: "dlquiz", dependencies: ["DLQuizCLI", "Platform"]),
        .executableTarget(name: "dlquiz-bench", dependencies: ["DLQuizCLI", "Exercises"]),
        .executableTarget(name: "bench-hello"),

        .testTarget(name: "JSONKitTests", dependencies: ["JSONKit"]),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "JSONKit"]),
        .testTarget(name: "SchedulerTests", dependencies: ["Scheduler"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TinyTensorTests", dependencies: ["TinyTensor"]),
        .testTarget(name: "DemosTests", dependencies: ["Demos", "TinyTensor"]),
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Corpus", "JSONKit"], exclude: ["Evaluation"]),
        .testTarget(name: "ExercisesTests", dependencies: ["Exercises", "Corpus", "JSONKit"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["DLQuizCLI", "JSONKit", "dlquiz"]),
    ]
)
