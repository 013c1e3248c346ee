/// Parsed command-line arguments for one command: flags, options (repeatable) and positionals.
///
/// Accepts `--opt value` and `--opt=value`; `--` ends option parsing. Anything not declared
/// in the command's spec is a usage error, so typos never pass silently.
public struct Arguments: Sendable {
    public private(set) var positionals: [String] = []
    private var flagsSeen: Set<String> = []
    private var values: [String: [String]] = [:]

    public init(_ tokens: [String], spec: CommandSpec) throws(CLIError) {
        let flagNames = Set(spec.flags.map(\.name) + ["--help", "-h"])
        let optionNames = Set(spec.options.map(\.name))
        var i = 0
        var onlyPositionals = false
        while i < tokens.count {
            let token = tokens[i]
            i += 1
            if onlyPositionals || !token.hasPrefix("-") || token == "-" {
                positionals.append(token)
                continue
            }
            if token == "--" { onlyPositionals = true; continue }
            var name = token
            var inlineValue: String? = nil
            if let eq = token.firstIndex(of: "=") {
                name = String(token[..<eq])
                inlineValue = String(token[token.index(after: eq)...])
            }
            if flagNames.contains(name) {
                if inlineValue != nil { throw .usage("\(name) takes no value") }
                flagsSeen.insert(name == "-h" ? "--help" : name)
            } else if optionNames.contains(name) {
                if let v = inlineValue {
                    values[name, default: []].append(v)
                } else {
                    guard i < tokens.count else { throw .usage("\(name) needs a value") }
                    values[name, default: []].append(tokens[i])
                    i += 1
                }
            } else if Double(token) != nil {
                positionals.append(token)  // a negative number
            } else {
                throw .usage("unknown option '\(name)' for '\(spec.name)' (see: dlquiz \(spec.name) --help)")
            }
        }
    }

    public func flag(_ name: String) -> Bool { flagsSeen.contains(name) }

    /// The last value given for an option.
    public func option(_ name: String) -> String? { values[name]?.last }

    /// Every value given for a repeatable option.
    public func options(_ name: String) -> [String] { values[name] ?? [] }

    public func int(_ name: String) throws(CLIError) -> Int? {
        guard let text = option(name) else { return nil }
        guard let v = Int(text) else { throw .usage("\(name) expects a whole number, got '\(text)'") }
        return v
    }

    public func double(_ name: String) throws(CLIError) -> Double? {
        guard let text = option(name) else { return nil }
        guard let v = Double(text), v.isFinite else { throw .usage("\(name) expects a number, got '\(text)'") }
        return v
    }

    /// Exactly `count` positionals, else a usage error naming what was expected.
    public func expectPositionals(_ count: Int, _ what: String) throws(CLIError) {
        if positionals.count < count { throw .usage("missing \(what)") }
        if positionals.count > count {
            throw .usage("unexpected argument '\(positionals[count])'")
        }
    }
}
