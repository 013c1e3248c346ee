import Foundation

/// Runs the built `dlquiz` binary, as a user or a script would, and captures what it prints.
struct DLQuizProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `dlquiz` sits beside the test bundle in the build folder.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while dir.path != "/", !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("dlquiz").path) {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("dlquiz")
    }

    /// A fresh, empty data folder for this test process (created by dlquiz on first write).
    static let isolatedHome = FileManager.default.temporaryDirectory
        .appendingPathComponent("dlquiz-test-home-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)").path

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    executable: URL = binary) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // Never the caller's data: a user with imported decks or a review log still passes. A test that
        // needs a home of its own passes DLQUIZ_HOME in `environment`.
        env["DLQUIZ_HOME"] = isolatedHome
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
