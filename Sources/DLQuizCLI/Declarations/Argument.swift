/// One declared option, flag or positional of a command whose values live in `Root`.
///
/// A declaration names the property it fills (a key path), its command-line name, its value kind
/// and its help. The default is the property's initial value in `Root()`, written once, and help
/// shows it from there. `validate()` and `run` then read the typed property, never a string.
public struct Argument<Root>: Sendable {
    public let role: ArgumentRole
    /// `--kebab-case` for flags and options; the value name (e.g. "ID") for positionals.
    public let name: String
    /// The value's placeholder in usage and help ("TAG", "N"); empty for flags.
    public let valueName: String
    public let kind: ValueKind?
    public let help: String
    /// May be given more than once (an array property); otherwise a repeat is a usage error.
    public let repeatable: Bool
    /// May be left out (every flag; options unless declared `required`; optional positionals).
    public let optional: Bool
    let apply: @Sendable (inout Root, String) throws(CLIError) -> Void
    let defaultText: @Sendable (Root) -> String?

    /// The same declaration for a command that holds `Root` at `key` (shared option groups).
    public func lifted<Outer>(_ key: WritableKeyPath<Outer, Root> & Sendable) -> Argument<Outer> {
        let apply = self.apply, defaultText = self.defaultText
        return Argument<Outer>(
            role: role, name: name, valueName: valueName, kind: kind, help: help, repeatable: repeatable,
            optional: optional,
            apply: { (outer: inout Outer, word: String) throws(CLIError) in try apply(&outer[keyPath: key], word) },
            defaultText: { outer in defaultText(outer[keyPath: key]) })
    }

    /// A word read as a `V`, or a usage error naming the option and what it expects.
    static func read<V: ArgumentValue>(_ word: String, _ name: String) throws(CLIError) -> V {
        guard let value = V(argument: word) else { throw .usage("\(name) expects \(V.expectation), got '\(word)'") }
        return value
    }
}

extension Argument {
    /// `--json`: true when given.
    public static func flag(_ key: WritableKeyPath<Root, Bool> & Sendable, _ name: String, help: String) -> Argument {
        Argument(
            role: .flag, name: name, valueName: "", kind: nil, help: help, repeatable: false, optional: true,
            apply: { root, _ in root[keyPath: key] = true }, defaultText: { _ in nil })
    }

    /// `--limit N` with a default: the property's initial value.
    public static func option<V: ArgumentValue>(
        _ key: WritableKeyPath<Root, V> & Sendable, _ name: String, _ valueName: String, kind: ValueKind? = nil,
        help: String
    ) -> Argument {
        Argument(
            role: .option, name: name, valueName: valueName, kind: kind ?? V.kind, help: help, repeatable: false,
            optional: true,
            apply: { (root: inout Root, word: String) throws(CLIError) in root[keyPath: key] = try read(word, name) },
            defaultText: { root in
                let text = root[keyPath: key].argumentText
                return text.isEmpty ? "\"\"" : text
            })
    }

    /// `--now ISO` with no default value (nil when not given; the help says what happens then).
    public static func option<V: ArgumentValue>(
        _ key: WritableKeyPath<Root, V?> & Sendable, _ name: String, _ valueName: String, kind: ValueKind? = nil,
        help: String
    ) -> Argument {
        Argument(
            role: .option, name: name, valueName: valueName, kind: kind ?? V.kind, help: help, repeatable: false,
            optional: true,
            apply: { (root: inout Root, word: String) throws(CLIError) in root[keyPath: key] = try read(word, name) },
            defaultText: { _ in nil })
    }

    /// `--out FILE` that must be given: the parser says so when it is missing.
    public static func required<V: ArgumentValue>(
        _ key: WritableKeyPath<Root, V> & Sendable, _ name: String, _ valueName: String, kind: ValueKind? = nil,
        help: String
    ) -> Argument {
        Argument(
            role: .option, name: name, valueName: valueName, kind: kind ?? V.kind, help: help, repeatable: false,
            optional: false,
            apply: { (root: inout Root, word: String) throws(CLIError) in root[keyPath: key] = try read(word, name) },
            defaultText: { _ in nil })
    }

    /// `--tag T`, repeatable: every value, in order.
    public static func option<V: ArgumentValue>(
        _ key: WritableKeyPath<Root, [V]> & Sendable, _ name: String, _ valueName: String, kind: ValueKind? = nil,
        help: String
    ) -> Argument {
        Argument(
            role: .option, name: name, valueName: valueName, kind: kind ?? V.kind, help: help, repeatable: true,
            optional: true,
            apply: { (root: inout Root, word: String) throws(CLIError) in root[keyPath: key].append(try read(word, name)) },
            defaultText: { _ in nil })
    }

    /// A required positional, e.g. a card ID.
    public static func positional<V: ArgumentValue>(
        _ key: WritableKeyPath<Root, V> & Sendable, _ valueName: String, kind: ValueKind? = nil, help: String
    ) -> Argument {
        Argument(
            role: .positional, name: valueName, valueName: valueName, kind: kind ?? V.kind, help: help,
            repeatable: false, optional: false,
            apply: { (root: inout Root, word: String) throws(CLIError) in root[keyPath: key] = try read(word, valueName) },
            defaultText: { _ in nil })
    }

    /// A positional that may be left out.
    public static func positional<V: ArgumentValue>(
        _ key: WritableKeyPath<Root, V?> & Sendable, _ valueName: String, kind: ValueKind? = nil, help: String
    ) -> Argument {
        Argument(
            role: .positional, name: valueName, valueName: valueName, kind: kind ?? V.kind, help: help,
            repeatable: false, optional: true,
            apply: { (root: inout Root, word: String) throws(CLIError) in root[keyPath: key] = try read(word, valueName) },
            defaultText: { _ in nil })
    }

    /// Every remaining positional (e.g. the words of a search); `validate()` says if none is too few.
    public static func positional<V: ArgumentValue>(
        _ key: WritableKeyPath<Root, [V]> & Sendable, _ valueName: String, kind: ValueKind? = nil, help: String
    ) -> Argument {
        Argument(
            role: .positional, name: valueName, valueName: valueName, kind: kind ?? V.kind, help: help,
            repeatable: true, optional: true,
            apply: { (root: inout Root, word: String) throws(CLIError) in root[keyPath: key].append(try read(word, valueName)) },
            defaultText: { _ in nil })
    }
}
