/// Reads a command's words into the command's typed properties, as its declaration says.
///
/// Accepts `--opt value` and `--opt=value`; `--` ends option parsing; a word like `-3` is a
/// positional number. An undeclared option, a repeated non-repeatable one, a missing value or
/// required option, and a surplus positional are usage errors, so typos never pass silently.
enum CommandParser {
    /// The parsed command, or nil when `--help`/`-h` was given.
    /// `related` commands (subcommands, siblings) are named when an unknown option is one of theirs.
    static func parse<C: Command>(_ type: C.Type, _ words: [String], path: [String], related: [CommandInfo] = []) throws(CLIError) -> C? {
        var command = C()
        let declared = C.arguments
        let positionals = declared.filter { $0.role == .positional }
        var seen: [String: Int] = [:]
        var wantsHelp = false
        var loose: [String] = []
        var i = 0
        var onlyPositionals = false
        while i < words.count {
            let word = words[i]
            i += 1
            if onlyPositionals || !word.hasPrefix("-") || word == "-" || Double(word) != nil {
                loose.append(word)
                continue
            }
            if word == "--" { onlyPositionals = true; continue }
            if word == "--help" || word == "-h" { wantsHelp = true; continue }
            var name = word
            var inline: String? = nil
            if let eq = word.firstIndex(of: "=") {
                name = String(word[..<eq])
                inline = String(word[word.index(after: eq)...])
            }
            guard let argument = declared.first(where: { $0.role != .positional && $0.name == name }) else {
                let owners = related
                    .filter { $0.arguments.contains { $0.role != .positional && $0.name == name } }
                    .map { "'" + $0.path.joined(separator: " ") + "'" }
                if !owners.isEmpty {
                    throw .usage("\(name) is not an option of '\(path.joined(separator: " "))' (it belongs to \(owners.joined(separator: " and ")))")
                }
                let names = declared.filter { $0.role != .positional }.map(\.name)
                throw .usage(Suggestion.unknown("option", name, among: names, context: " for '\(path.joined(separator: " "))'", see: path))
            }
            seen[name, default: 0] += 1
            if seen[name]! > 1 && !argument.repeatable {
                throw .usage("\(name) given more than once (it takes one value)")
            }
            switch argument.role {
            case .flag:
                if inline != nil { throw .usage("\(name) takes no value") }
                try argument.apply(&command, "")
            case .option:
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard i < words.count else { throw .usage("\(name) needs a value (\(argument.valueName))") }
                    value = words[i]
                    i += 1
                }
                try argument.apply(&command, value)
            case .positional:
                break
            }
        }
        if wantsHelp { return nil }
        for argument in declared where argument.role == .option && !argument.optional && seen[argument.name] == nil {
            throw .usage("missing \(argument.name) \(argument.valueName)")
        }
        var next = 0
        for argument in positionals {
            if argument.repeatable {
                while next < loose.count { try argument.apply(&command, loose[next]); next += 1 }
            } else if next < loose.count {
                try argument.apply(&command, loose[next])
                next += 1
            } else if !argument.optional {
                throw .usage("missing \(argument.valueName) (\(argument.help.lowercasedFirst.trimmingFinalPeriod))")
            }
        }
        if next < loose.count { throw .usage("unexpected argument '\(loose[next])'") }
        return command
    }
}

extension String {
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
    var trimmingFinalPeriod: String { hasSuffix(".") ? String(dropLast()) : self }
}
