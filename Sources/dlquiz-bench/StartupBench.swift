import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Start-to-exit time of `dlquiz list --json > /dev/null` against a Foundation hello world built the
/// same way (both sit beside this benchmark in the build folder). Target: at most 1.5× the hello world.
func startupBenchmarks() {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
    let dlquiz = folder + "/dlquiz", hello = folder + "/bench-hello"
    guard FileManager.default.isExecutableFile(atPath: dlquiz), FileManager.default.isExecutableFile(atPath: hello) else {
        print("startup: build dlquiz and bench-hello first (swift build -c release)")
        return
    }
    // Interleaved, so drift in the machine's load hits all three alike; medians of many runs.
    let runs = 200
    var helloTimes: [Double] = [], listTimes: [Double] = [], showTimes: [Double] = []
    for _ in 0..<runs {
        helloTimes.append(runTime(hello, []))
        listTimes.append(runTime(dlquiz, ["list", "--json"]))
        showTimes.append(runTime(dlquiz, ["show", "dropout", "--json"]))
    }
    let helloTime = median(helloTimes), listTime = median(listTimes), showTime = median(showTimes)
    func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
    print("startup: hello world (Foundation) median \(ms(helloTime)) over \(runs) runs")
    print("startup: dlquiz list --json       median \(ms(listTime)) = \(String(format: "%.2f", listTime / helloTime))× hello (target ≤ 1.5×)")
    print("startup: dlquiz show dropout --json median \(ms(showTime))")
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Wall time of one run of `path`, start to exit, with stdout to /dev/null (stdin from /dev/null
/// too with `noInput`, so a piped `study` shows its first card and ends at EOF).
func runTime(_ path: String, _ arguments: [String], noInput: Bool = false) -> Double {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    if noInput { posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
    var status: Int32 = 0
    if rc == 0 { waitpid(pid, &status, 0) }
    let end = DispatchTime.now().uptimeNanoseconds
    for p in argv { free(p) }
    posix_spawn_file_actions_destroy(&actions)
    return Double(end - start) / 1e9
}
