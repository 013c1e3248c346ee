import DLQuizCLI
import Foundation

// Benchmarks: run with `swift run -c release dlquiz-bench`.
print("dlquiz-bench: no benchmarks yet")
