import DLQuizCLI
import Testing

/// One walk over every command's declaration: the check that catches a mistyped or undocumented
/// option, since options are named once, in the declaration, and read as typed properties.
@Suite struct CommandDeclarationTests {
    /// Every command and subcommand (demos included), depth first.
    static var all: [CommandInfo] {
        func walk(_ info: CommandInfo) -> [CommandInfo] { [info] + info.subcommands.flatMap(walk) }
        return DLQuiz.declarations.flatMap(walk)
    }

    static func isKebabOption(_ name: String) -> Bool {
        guard name.hasPrefix("--") else { return false }
        let body = name.dropFirst(2)
        return !body.isEmpty && !body.hasPrefix("-") && !body.hasSuffix("-") && !body.contains("--")
            && body.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    @Test func everyOptionIsKebabCaseUniqueDocumentedAndInItsHelp() {
        #expect(Self.all.count >= 10 + 2 + 4, "commands, corpus build/parse, four demos")
        for command in Self.all {
            let where_ = command.invocation
            #expect(!command.summary.isEmpty, "\(where_) has a summary")
            var names: Set<String> = [CommandInfo.helpOption, "--corpus"]
            let help = command.help
            let usage = command.usage.joined(separator: "\n")
            for a in command.arguments {
                if a.role == .positional {
                    #expect(a.name == a.name.uppercased() && !a.name.isEmpty, "\(where_): positional \(a.name) is a NAME")
                } else {
                    #expect(Self.isKebabOption(a.name), "\(where_): \(a.name) is --kebab-case")
                    #expect(names.insert(a.name).inserted, "\(where_): \(a.name) declared once")
                    #expect(usage.contains(a.usage), "\(where_): usage shows \(a.usage)")
                }
                #expect(a.role == .flag || !a.valueName.isEmpty, "\(where_): \(a.name) names its value")
                #expect(a.help.count > 8 && a.help.hasSuffix("."), "\(where_): \(a.name) has a one-sentence help")
                #expect(help.contains("  \(a.label)  ") || help.contains("  \(a.label) "), "\(where_): help lists \(a.name)")
                if let d = a.defaultValue { #expect(help.contains("Default: \(d)."), "\(where_): help shows \(a.name)'s default") }
            }
        }
    }

    /// An option named in help text must exist: in text about a command, one it (or a subcommand)
    /// declares; in an example `dlquiz CMD ...`, one that CMD declares.
    @Test func optionsNamedInHelpTextAreDeclared() {
        let global: Set<String> = ["--help", "--corpus", "--deck", "--version"]
        func known(_ c: CommandInfo) -> Set<String> {
            global.union(([c] + c.subcommands).flatMap { $0.arguments.map(\.name) })
        }
        /// The command an example names: the longest path that matches its first words.
        func resolve(_ words: [Substring]) -> CommandInfo? {
            var best: CommandInfo? = nil
            for c in Self.all where c.path.count <= words.count && zip(c.path, words).allSatisfy({ $0 == $1 }) {
                if c.path.count > (best?.path.count ?? 0) { best = c }
            }
            return best
        }
        func options(_ text: Substring) -> [String] {
            text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") })
                .filter { $0.hasPrefix("--") && $0.count > 2 }.map(String.init)
        }
        for command in Self.all {
            let text = command.discussion + "\n" + command.arguments.map(\.help).joined(separator: "\n")
            for line in text.split(separator: "\n") {
                var pieces = line.components(separatedBy: "dlquiz ").map { Substring($0) }
                for o in options(pieces.removeFirst()) {
                    #expect(known(command).contains(o), "\(command.invocation) mentions \(o), which it does not declare")
                }
                for example in pieces {
                    let words: [Substring] = example.split(separator: " ").map { word in Substring(String(word.filter { $0.isLetter || $0 == "-" })) }
                    guard let target = resolve(words) else { continue }  // prose: "dlquiz prints ..."
                    for o in options(example) where !known(target).contains(o) {
                        Issue.record("\(command.invocation): example 'dlquiz \(example)' uses \(o), which \(target.invocation) does not declare")
                    }
                }
            }
        }
    }

    @Test func repeatedOptionAndMistypedNamesAreUsageErrorsWithASuggestion() throws {
        let twice = try DLQuizProcess.run(["demo", "backprop", "--hidden", "3", "--hidden", "5"])
        #expect(twice.status == 2)
        #expect(twice.stderr == "dlquiz: --hidden given more than once (it takes one value)\n")
        let studdy = try DLQuizProcess.run(["studdy"])
        #expect(studdy.status == 2)
        #expect(studdy.stderr == "dlquiz: unknown command 'studdy' (did you mean: study?)\n")
        let jsn = try DLQuizProcess.run(["list", "--jsn"])
        #expect(jsn.status == 2 && jsn.stderr.contains("did you mean: --json"))
        // The repeatable --tag is still accepted twice.
        #expect(try DLQuizProcess.run(["list", "--tag", "rnn", "--tag", "cnn"]).status == 0)
    }

    @Test func showAndGradeWordAnUnknownIdAlike() throws {
        let show = try DLQuizProcess.run(["show", "dropot"])
        let grade = try DLQuizProcess.run(["grade", "dropot", "--answer", "x"])
        #expect(show.status == 1 && grade.status == 1)
        #expect(show.stderr == grade.stderr)
    }

    @Test func eachDemoHasItsOwnHelpAndTheListComesFromTheRegistry() throws {
        let demos = try #require(DLQuiz.declarations.first { $0.path == ["demo"] }).subcommands
        let list = try DLQuizProcess.run(["demo"])
        #expect(list.status == 0)
        for demo in demos {
            let name = demo.path.last!
            #expect(list.stdout.contains(name + " "), "demo lists \(name)")
            let help = try DLQuizProcess.run(["demo", name, "--help"])
            #expect(help.status == 0 && help.stdout == demo.help)
            #expect(help.stdout.contains("Usage: dlquiz demo \(name)"))
        }
        let backprop = try DLQuizProcess.run(["demo", "backprop", "--help"]).stdout
        #expect(backprop.contains("--hidden N") && backprop.contains("Default: 4."))
        #expect(!(try DLQuizProcess.run(["demo", "dropout", "--help"]).stdout.contains("--hidden")))
        let wrong = try DLQuizProcess.run(["demo", "dropout", "--hidden", "3"])
        #expect(wrong.status == 2 && wrong.stderr.contains("it belongs to 'demo backprop'"))
    }
}
