import Foundation

// Speed targets live here, not in unit tests: `swift run -c release dlquiz-bench [startup|scheduler|tensor|grading|optimize]`.
let wanted = Set(CommandLine.arguments.dropFirst())
func wants(_ name: String) -> Bool { wanted.isEmpty || wanted.contains(name) }

if wants("startup") { startupBenchmarks() }
if wants("tensor") { tensorBenchmarks() }
if wants("grading") { gradingBenchmarks() }
if wants("scheduler") { schedulerBenchmarks() }
if wants("optimize") { optimizerBenchmarks() }
