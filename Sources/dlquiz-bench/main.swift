import Foundation

// Speed targets live here, not in unit tests: `swift run -c release dlquiz-bench [startup|scheduler|tensor|grading|exercise|optimize|import|fuzz]`.
let wanted = Set(CommandLine.arguments.dropFirst())
func wants(_ name: String) -> Bool { wanted.isEmpty || wanted.contains(name) }

if wants("startup") { startupBenchmarks() }
if wants("tensor") { tensorBenchmarks() }
if wants("grading") { gradingBenchmarks() }
if wants("scheduler") { schedulerBenchmarks() }
if wants("exercise") { exerciseBenchmarks() }
if wants("optimize") { optimizerBenchmarks() }
if wants("import") { importBenchmarks() }
if wanted.contains("fuzz") { fuzzBenchmarks() }  // not part of a plain run: it takes minutes
